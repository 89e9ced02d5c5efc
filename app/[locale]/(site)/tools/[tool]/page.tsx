import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/lib/i18n/routing';
import { localeFromParams } from '@/lib/i18n/page-params';
import { getTool, getTools, getOrganisations, mentionsOf } from '@/lib/content/queries';
import { getPolicies, toolInOrganisation } from '@/lib/wizard';
import { localePath } from '@/lib/i18n/paths';
import { AppLink } from '@/components/ui/AppLink';
import { SearchFacets } from '@/components/search/SearchFacets';
import { ToolInOrganisationSection } from '@/components/tools/ToolInOrganisationSection';

type Params = Promise<{ locale: string; tool: string }>;
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getTools().map((t) => ({ locale, tool: t.id })));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const tool = getTool((await params).tool);
  return tool ? { title: tool.name, description: tool.description[(await params).locale as Locale] } : {};
}

export default async function ToolPage({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const tool = getTool((await params).tool);
  if (!tool) notFound();
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const policies = getPolicies();
  const mentions = mentionsOf(tool, locale);
  return (
    <article data-pagefind-body data-tool-page={tool.id}>
      <h1 className="text-3xl font-bold">{tool.name}</h1>
      <dl data-pagefind-ignore className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('vendor')}</dt>
        <dd>{tool.vendor}</dd>
        <dt className="font-semibold">{t('kind')}</dt>
        <dd>{v(`kind.${tool.kind}`)}</dd>
      </dl>
      <p className="mt-4 max-w-3xl text-lg">{tool.description[locale]}</p>

      <h2 className="mt-10 text-2xl font-bold">{t('perOrganisation')}</h2>
      {getOrganisations().map((org) => (
        <ToolInOrganisationSection
          key={org.id}
          locale={locale}
          organisation={org}
          view={toolInOrganisation(policies[org.id], tool.id)}
        />
      ))}

      <h2 className="mt-10 text-2xl font-bold">{t('mentions')}</h2>
      {mentions.length === 0 ? (
        <p className="mt-2">{t('noMentions')}</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {mentions.map((m) => (
            <li key={`${m.guideline.slug}#${m.sectionId}`}>
              <AppLink
                href={`${localePath(locale, 'guidelines', m.guideline.organisation, m.guideline.slug)}#${m.sectionId}`}
              >
                {m.guideline.title} › {m.sectionTitle}
              </AppLink>
            </li>
          ))}
        </ul>
      )}
      <SearchFacets kind="tool" text={tool.description[locale]} locale={locale} />
    </article>
  );
}
