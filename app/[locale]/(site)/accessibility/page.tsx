import { getTranslations } from 'next-intl/server';
import { localeFromParams, titleMetadata, type PageProps } from '@/lib/i18n/page-params';

export const generateMetadata = titleMetadata('Accessibility', 'title', {
  path: 'accessibility',
  description: 'intro',
});

export default async function AccessibilityPage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Accessibility' });
  const sections = ['status', 'known', 'feedback'] as const;
  return (
    <div className="prose prose-slate max-w-3xl">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {sections.map((s) => (
        <section key={s}>
          <h2>{t(`${s}Heading`)}</h2>
          <p>{t(s)}</p>
        </section>
      ))}
    </div>
  );
}
