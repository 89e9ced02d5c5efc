/**
 * The open data files, from the same engine the wizard's pages render: `decide()` per situation,
 * and each citation from the citation views the pages show. Pure: names, citation views and the URL
 * builder come in as arguments (lib/open-data/site.ts gathers them for the build; tests pass their own).
 */
import { decide, type Decision } from '@/lib/wizard/engine';
import { policyRulesetHash } from '@/lib/wizard/ruleset-hash';
import type { Citation, Policy } from '@/lib/wizard/schema';
import type { CitationView } from '@/lib/content/citation-view';
import { locales, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import {
  dataClassIds,
  needIds,
  purposeIds,
  verdictIds,
  type DataClassId,
  type NeedId,
  type PurposeId,
  type Verdict,
} from '@/lib/vocabulary';
import { forOrganisation, type OrganisationId } from '@/lib/organisations';
import {
  openDataJsonSchema,
  openDataPath,
  OPEN_DATA_VERSION,
  type IndexFile,
  type OpenCitation,
  type OpenDecision,
  type OpenSituation,
  type OrganisationFile,
} from './shape';

type Localised = Record<Locale, string>;

export interface OpenDataSources {
  policies: Record<OrganisationId, Policy>;
  organisations: { id: OrganisationId; name: Localised; country: string }[];
  tools: { id: string; name: string; vendor: string; kind: string }[];
  names: {
    languages: Localised;
    purposes: Record<PurposeId, { name: Localised; short: Localised }>;
    data: Record<DataClassId, { name: Localised; short: Localised }>;
    needs: Record<NeedId, Localised>;
    verdicts: Record<Verdict, Localised>;
  };
  /** The citation as the pages show it in a language (lib/content/citation-view.ts). */
  citationView: (locale: Locale, citation: Citation) => CitationView;
  /** A site path (`/da/tools/`) as an absolute URL under the base path (lib/site.ts absoluteUrl). */
  url: (path: string) => string;
}

/** One value per language of the portal. */
export const perLocale = <T>(f: (locale: Locale) => T) =>
  Object.fromEntries(locales.map((l) => [l, f(l)])) as Record<Locale, T>;

/** A citation as published: its section's URL, title and quote in every language, from the pages' views. */
export function openCitation(citation: Citation, sources: Pick<OpenDataSources, 'citationView' | 'url'>): OpenCitation {
  const views = perLocale((l) => sources.citationView(l, citation));
  const href = perLocale((l) => {
    const target = views[l].href;
    if (!target) throw new Error(`open data: the citation ${citation.guideline}#${citation.section} points nowhere`);
    return sources.url(target);
  });
  const quote = views.da.quote;
  return {
    guideline: citation.guideline,
    section: citation.section,
    url: href,
    title: perLocale((l) => views[l].label),
    ...(quote && {
      quote: {
        text: quote.text,
        language: quote.lang,
        translations: Object.fromEntries(
          locales.flatMap((l) => {
            const translation = views[l].quote?.translation;
            return translation ? [[l, translation]] : [];
          }),
        ),
      },
    }),
  };
}

export function openDecision(decision: Decision<string>, sources: OpenDataSources): OpenDecision {
  return {
    verdict: decision.verdict,
    conditions: decision.conditions,
    citations: decision.citations.map((c) => openCitation(c, sources)),
    ...(decision.short && { summary: decision.short }),
  };
}

const byId = (decisions: Decision<string>[], sources: OpenDataSources) =>
  Object.fromEntries(decisions.map((d) => [d.subject, openDecision(d, sources)]));

/** Every situation of one organisation, in vocabulary order (purposes, then data classes). */
export function openSituations(org: OrganisationId, sources: OpenDataSources): OpenSituation[] {
  const policy = forOrganisation(sources.policies, org);
  return purposeIds.flatMap((purpose) =>
    dataClassIds.map((data) => {
      const outcome = decide(policy, { organisation: org, purpose, data });
      return {
        purpose,
        data,
        url: perLocale((l) => sources.url(localePath(l, 'wizard', org, purpose, data))),
        tools: byId(outcome.tools, sources),
        needs: byId(outcome.needs, sources),
        practices: outcome.practices.map((p) => ({
          id: p.id,
          text: p.text,
          citations: p.cite.map((c) => openCitation(c, sources)),
        })),
      };
    }),
  );
}

function organisationSummary(org: OpenDataSources['organisations'][number], sources: OpenDataSources) {
  const policy = forOrganisation(sources.policies, org.id);
  return {
    id: org.id,
    name: org.name,
    country: org.country,
    rulesetHash: policyRulesetHash(policy),
    exhaustive: policy.exhaustive,
  };
}

const schemaUrl = (sources: OpenDataSources) => sources.url(openDataPath('schema.json'));

/** /data/v1/{org}.json */
export function organisationFile(org: OrganisationId, sources: OpenDataSources): OrganisationFile {
  const organisation = sources.organisations.find((o) => o.id === org);
  if (!organisation) throw new Error(`open data: no organisation ${org}`);
  return {
    $schema: schemaUrl(sources),
    version: OPEN_DATA_VERSION,
    kind: 'organisation',
    organisation: organisationSummary(organisation, sources),
    links: {
      index: sources.url(openDataPath('index.json')),
      page: perLocale((l) => sources.url(localePath(l, 'organisations', org))),
      guidelines: perLocale((l) => sources.url(localePath(l, 'guidelines', org))),
    },
    situations: openSituations(org, sources),
  };
}

/** /data/v1/index.json */
export function indexFile(sources: OpenDataSources): IndexFile {
  const { names } = sources;
  return {
    $schema: schemaUrl(sources),
    version: OPEN_DATA_VERSION,
    kind: 'index',
    links: { schema: schemaUrl(sources), home: perLocale((l) => sources.url(localePath(l))) },
    languages: locales.map((l) => ({ id: l, name: names.languages[l] })),
    organisations: sources.organisations.map((o) => ({
      ...organisationSummary(o, sources),
      data: sources.url(openDataPath(`${o.id}.json`)),
      page: perLocale((l) => sources.url(localePath(l, 'organisations', o.id))),
    })),
    vocabulary: {
      purposes: purposeIds.map((id) => ({ id, ...names.purposes[id] })),
      data: dataClassIds.map((id) => ({ id, ...names.data[id] })),
      needs: needIds.map((id) => ({ id, name: names.needs[id] })),
      verdicts: verdictIds.map((id) => ({ id, name: names.verdicts[id] })),
      tools: sources.tools.map(({ id, name, vendor, kind }) => ({ id, name, vendor, kind })),
    },
  };
}

/** Every file of /data/v1/ by name: index.json, schema.json and one per organisation. */
export function openDataFiles(sources: OpenDataSources): Record<string, object> {
  return {
    'index.json': indexFile(sources),
    'schema.json': openDataJsonSchema(schemaUrl(sources)),
    ...Object.fromEntries(sources.organisations.map((o) => [`${o.id}.json`, organisationFile(o.id, sources)])),
  };
}

/** A file's text as served: compact (a quarter smaller than indented; browsers and `jq` indent it), one final newline. */
export const openDataText = (file: object) => `${JSON.stringify(file)}\n`;
