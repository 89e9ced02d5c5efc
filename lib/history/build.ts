/**
 * The change history of a repository's content, computed once per build (scripts/history.ts writes
 * it to .generated/history.json; lib/history/load.ts reads it): every policy's change notes with
 * the decisions each moved, every guideline's notes, and the names the feeds print. Works on any
 * repository path, so a test runs it on a temporary repository.
 */
import { parse } from 'yaml';
import { fileVersions } from './git';
import { policyNotes, type PolicyNote } from './policy-history';
import { isoDay } from './notes';
import { listFiles, readText, splitFrontMatter } from '@/lib/content/files';
import { readYaml } from '@/lib/content/yaml';
import { organisationSchema, toolSchema } from '@/lib/content/schema';
import { policySchema } from '@/lib/wizard/schema';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { toolIds, type ToolId } from '@/lib/vocabulary';
import { organisationIds, type OrganisationId } from '@/lib/organisations';

export interface OrganisationHistory {
  id: OrganisationId;
  name: Record<Locale, string>;
  /** False where the repository's history could not be read at all (git missing, an archive). */
  historyRead: boolean;
  notes: PolicyNote[];
}

export interface GuidelineHistory {
  locale: Locale;
  organisation: OrganisationId;
  slug: string;
  title: string;
  changes: { date: string; note: string }[];
}

export interface HistoryData {
  organisations: OrganisationHistory[];
  guidelines: GuidelineHistory[];
  toolNames: Record<ToolId, string>;
}

export const policyFile = (org: OrganisationId) => `content/rules/${org}.yaml`;

function guidelineHistories(root: string): GuidelineHistory[] {
  return listFiles(root, 'content/guidelines')
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .flatMap((file) => {
      const { frontMatter } = splitFrontMatter(readText(root, file));
      const data = frontMatter === undefined ? undefined : (parse(frontMatter) as Partial<GuidelineHistory>);
      if (!data || !isLocale(String(data.locale)) || !Array.isArray(data.changes)) return [];
      return [
        {
          locale: data.locale as Locale,
          organisation: data.organisation as OrganisationId,
          slug: String(data.slug),
          title: String(data.title),
          changes: data.changes.map((c) => ({ date: isoDay(c.date), note: String(c.note) })),
        },
      ];
    });
}

/** The history of the content under `root` (a checkout; its git history is read where there is one). */
export function computeHistory(root: string): HistoryData {
  const organisations = organisationIds.map((id): OrganisationHistory => {
    const current = readYaml(root, policyFile(id), policySchema);
    // A policy with only its first note needs no history: nothing before it to compare with.
    const versions = current.changes.length > 1 ? fileVersions(root, policyFile(id)) : [];
    const name = readYaml(root, `content/organisations/${id}.yaml`, organisationSchema).name;
    return {
      id,
      name,
      historyRead: versions !== undefined,
      notes: policyNotes(
        current,
        versions?.map((v) => v.text),
      ),
    };
  });
  const toolNames = Object.fromEntries(
    toolIds.map((id) => [id, readYaml(root, `content/tools/${id}.yaml`, toolSchema).name]),
  ) as Record<ToolId, string>;
  return { organisations, guidelines: guidelineHistories(root), toolNames };
}
