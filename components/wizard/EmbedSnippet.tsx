import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { siteUrl, basePath } from '@/lib/site';

/** The iframe code an intranet editor copies; the embed opens full pages in the top window. */
export async function EmbedSnippet({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const code = `<iframe src="${siteUrl}${basePath}${localePath(locale, 'embed', 'wizard')}" title="${t('title')}" style="width:100%;height:640px;border:0"></iframe>`;
  return (
    <section
      aria-labelledby="embed-heading"
      className="no-print mt-12 max-w-2xl border-t border-slate-300 pt-6"
      data-pagefind-ignore="all"
    >
      <h2 id="embed-heading" className="text-lg font-bold">
        {t('embedHeading')}
      </h2>
      <p className="mt-1">{t('embedIntro')}</p>
      <pre
        className="mt-2 overflow-x-auto rounded bg-slate-100 p-3 text-sm"
        tabIndex={0}
        aria-label={t('embedHeading')}
      >
        <code>{code}</code>
      </pre>
    </section>
  );
}
