/**
 * The open data's inputs as the build has them: the policies the wizard decides with, the content's
 * names, the messages' vocabulary and the citation views the pages show. The files themselves are
 * made by lib/open-data/build.ts; app/data/v1/[file]/route.ts serves them into the export.
 */
import { getPolicies } from '@/lib/wizard';
import { citationView } from '@/lib/content/citation-view';
import { getOrganisations, getTools } from '@/lib/content/queries';
import { messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { absoluteUrl } from '@/lib/site';
import { dataClassIds, needIds, purposeIds, toolIds, verdictIds } from '@/lib/vocabulary';
import { openDataFiles, perLocale, type OpenDataSources } from './build';

const fromIds = <K extends string, T>(ids: readonly K[], f: (id: K) => T) =>
  Object.fromEntries(ids.map((id) => [id, f(id)])) as Record<K, T>;

export function openDataSources(): OpenDataSources {
  const vocabulary = (l: Locale) => messages[l].Vocabulary;
  const situationPart = (part: 'purpose' | 'data') => (id: string) => {
    const entry = (l: Locale) => (vocabulary(l)[part] as Record<string, { label: string; short: string }>)[id]!;
    return { name: perLocale((l) => entry(l).label), short: perLocale((l) => entry(l).short) };
  };
  return {
    policies: getPolicies(),
    organisations: getOrganisations().map(({ id, name, country }) => ({ id, name, country })),
    tools: [...getTools()].sort((a, b) => toolIds.indexOf(a.id) - toolIds.indexOf(b.id)),
    names: {
      languages: perLocale((l) => messages[l].Site.languageName),
      purposes: fromIds(purposeIds, situationPart('purpose')),
      data: fromIds(dataClassIds, situationPart('data')),
      needs: fromIds(needIds, (id) => perLocale((l) => vocabulary(l).need[id])),
      verdicts: fromIds(verdictIds, (id) => perLocale((l) => vocabulary(l).verdict[id])),
    },
    citationView,
    url: absoluteUrl,
  };
}

let files: Record<string, object> | undefined;

/** Every file of /data/v1/, made once per build. */
export function getOpenDataFiles(): Record<string, object> {
  files ??= openDataFiles(openDataSources());
  return files;
}
