import { getTranslations } from 'next-intl/server';
import { localeFromParams, titleMetadata, type PageProps } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisations } from '@/lib/content/queries';
import { AppLink } from '@/components/ui/AppLink';
import { EmbedSnippet } from '@/components/wizard/EmbedSnippet';

export const generateMetadata = titleMetadata('Embed', 'title', { path: 'embed', description: 'intro' });

/** `/{locale}/embed/`: what the embed is, the code to paste, and the pages that can be embedded. */
export default async function EmbedIndexPage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Embed' });
  return (
    <div className="max-w-2xl" data-embed-index>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3">{t('intro')}</p>
      <EmbedSnippet locale={locale} />
      <h2 className="mt-8 text-xl font-bold">{t('pagesHeading')}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          <AppLink href={localePath(locale, 'embed', 'wizard')}>{t('allOrganisations')}</AppLink>
        </li>
        {getOrganisations().map((org) => (
          <li key={org.id}>
            <AppLink href={localePath(locale, 'embed', 'wizard', org.id)}>
              {t('oneOrganisation', { organisation: org.name[locale] })}
            </AppLink>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        <AppLink href={localePath(locale)} target="_top">
          {t('portal')}
        </AppLink>
      </p>
    </div>
  );
}
