import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { inEveryLocale } from '@/lib/i18n/routing';
import { describePage, routeParams, type PageProps } from '@/lib/i18n/page-params';
import { toolVerdictsDescription } from '@/lib/page-descriptions';
import { getTool, getTools, getOrganisations, mentionsOf } from '@/lib/content/queries';
import { getPolicies, toolInOrganisation } from '@/lib/wizard';
import { toolVerdictGroups } from '@/lib/wizard/present';
import { localePath } from '@/lib/i18n/paths';
import { AppLink } from '@/components/ui/AppLink';
import { SearchFacets } from '@/components/search/SearchFacets';
import { ToolInOrganisationSection } from '@/components/tools/ToolInOrganisationSection';
import { forOrganisation } from '@/lib/organisations';

type Props = PageProps<'tool'>;
export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(getTools().map((t) => ({ tool: t.id })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tool: id } = await routeParams(params);
  const tool = getTool(id);
  if (!tool) return {};
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const policies = getPolicies();
  const organisations = getOrganisations().map((org) => ({
    name: org.name[locale],
    counts: toolInOrganisation(forOrganisation(policies, org.id), tool.id).counts,
  }));
  return describePage(
    locale,
    localePath(locale, 'tools', tool.id),
    tool.name,
    toolVerdictsDescription(organisations, (verdict, count) => t(`countsIn.${verdict}`, { count })),
  );
}

export default async function ToolPage({ params }: Props) {
  const { locale, tool: id } = await routeParams(params);
  const tool = getTool(id);
  if (!tool) notFound();
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const policies = getPolicies();
  const mentions = mentionsOf(tool, locale);
  return (
    <article data-pagefind-body data-pagefind-weight="0.25" data-tool-page={tool.id}>
      <h1 className="text-3xl font-bold">{tool.name}</h1>
      <dl data-pagefind-ignore className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('vendor')}</dt>
        <dd>{tool.vendor}</dd>
        <dt className="font-semibold">{t('kind')}</dt>
        <dd>{v(`kind.${tool.kind}`)}</dd>
      </dl>
      <p className="mt-4 max-w-3xl text-lg">{tool.description[locale]}</p>

      <h2 className="mt-10 text-2xl font-bold">{t('perOrganisation')}</h2>
      {getOrganisations().map((org) => {
        const view = toolInOrganisation(forOrganisation(policies, org.id), tool.id);
        return (
          <ToolInOrganisationSection
            key={org.id}
            locale={locale}
            organisation={org}
            counts={view.counts}
            groups={toolVerdictGroups(view, locale)}
          />
        );
      })}

      {/* Links to the guidelines' sections, titled by them: search finds those sections themselves. */}
      <h2 className="mt-10 text-2xl font-bold" data-pagefind-ignore="all">
        {t('mentions')}
      </h2>
      {mentions.length === 0 ? (
        <p className="mt-2" data-pagefind-ignore="all">
          {t('noMentions')}
        </p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-5" data-pagefind-ignore="all">
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
