import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';
import { locales, isLocale } from '@/lib/i18n/routing';
import { basePath, siteUrl } from '@/lib/site';
import { feedLinks } from '@/lib/history/feed';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t('name'), template: `%s – ${t('name')}` },
    description: t('tagline'),
    // Every page links the site's feed of change notes; organisation and guideline pages add theirs.
    alternates: { types: feedLinks(locale) },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeFromParams(params);
  // The chrome (header, footer or the embed's minimal frame) comes from the nested layouts.
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {children}
        {/* The enhancements every page may use (data-module). */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it runs after parsing */}
        <script type="module" src={`${basePath}/site.js`} />
      </body>
    </html>
  );
}
