import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'da', namespace: 'Accessibility' });
  return { title: t('title') };
}

export default async function AccessibilityPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Accessibility' });
  const sections = ['status', 'known', 'feedback'] as const;
  return (
    <div className="prose prose-slate max-w-3xl" data-pagefind-body>
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
