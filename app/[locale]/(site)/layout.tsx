import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { localeFromParams, type RouteParams } from '@/lib/i18n/page-params';
import { SkipLink } from '@/components/layout/SkipLink';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SiteFooter } from '@/components/layout/SiteFooter';

export default async function SiteLayout({ children, params }: { children: ReactNode; params: RouteParams }) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'SkipLink' });
  return (
    <>
      <SkipLink label={t('label')} />
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1} className="container-page flex-1 py-8 outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
