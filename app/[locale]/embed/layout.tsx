import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { localeFromParams } from '@/lib/i18n/page-params';

// Embeds are for intranet iframes: no header, no footer, and not for search engines.
export const metadata: Metadata = { robots: { index: false } };

export default async function EmbedLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await localeFromParams(params);
  return (
    <main id="main" className="p-4" data-embed>
      {children}
    </main>
  );
}
