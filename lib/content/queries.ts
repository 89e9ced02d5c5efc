/**
 * The only module that reads contentlayer's generated collections. Pages ask here.
 */
import { allGuidelines, allOrganisations, allTools } from 'contentlayer/generated';
import type { Guideline as GuidelineDoc } from 'contentlayer/generated';
import type { Locale } from '@/lib/i18n/routing';
import { type SourceFile, type ToolId } from '@/lib/vocabulary';
import { organisationIds, type OrganisationId } from '@/lib/organisations';
import type { Organisation, Tool } from './schema';
import type { Heading, Section } from './mdx-outline';
import { namesTool } from './mentions';
import { resolveGuideline, type Resolved } from './resolve';

export interface Guideline extends Omit<
  GuidelineDoc,
  'headings' | 'sections' | 'organisation' | 'source' | 'lastReviewed' | 'nextReview'
> {
  organisation: OrganisationId;
  source: SourceFile;
  headings: Heading[];
  sections: Section[];
  lastReviewed: string;
  nextReview: string;
}

function toGuideline(doc: GuidelineDoc): Guideline {
  return {
    ...doc,
    organisation: doc.organisation as OrganisationId,
    source: doc.source as SourceFile,
    headings: doc.headings as Heading[],
    sections: doc.sections as Section[],
    lastReviewed: doc.lastReviewed.slice(0, 10),
    nextReview: doc.nextReview.slice(0, 10),
  };
}

const guidelines = allGuidelines.map(toGuideline);

export function getOrganisations(): Organisation[] {
  const byId = new Map(allOrganisations.map((o) => [o.id, o as unknown as Organisation]));
  return organisationIds.flatMap((id) => byId.get(id) ?? []);
}

export function getOrganisation(id: string): Organisation | undefined {
  return getOrganisations().find((o) => o.id === id);
}

export function getTools(): Tool[] {
  return allTools.map((t) => t as unknown as Tool).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export function getTool(id: string): Tool | undefined {
  return getTools().find((t) => t.id === id);
}

export function toolName(id: ToolId): string {
  return getTool(id)?.name ?? id;
}

/** Every guideline once, as (organisation, slug): organisations in order, each's guidelines by `order`. */
export function getGuidelineKeys(): { organisation: OrganisationId; slug: string }[] {
  const seen = new Map<string, Guideline>();
  for (const g of guidelines) seen.set(g.slug, g);
  return [...seen.values()]
    .sort(
      (a, b) =>
        organisationIds.indexOf(a.organisation) - organisationIds.indexOf(b.organisation) ||
        a.order - b.order ||
        a.slug.localeCompare(b.slug),
    )
    .map(({ organisation, slug }) => ({ organisation, slug }));
}

/** The guideline in `locale`, or its original with `fallback: true`. */
export function getGuideline(locale: Locale, slug: string): Resolved<Guideline> | undefined {
  return resolveGuideline(guidelines, slug, locale);
}

/** The guidelines of one organisation as shown in `locale` (falling back to the original). */
export function getGuidelinesOf(organisation: string, locale: Locale): Resolved<Guideline>[] {
  return getGuidelineKeys()
    .filter((k) => k.organisation === organisation)
    .flatMap((k) => getGuideline(locale, k.slug) ?? []);
}

/** All real language versions of all guidelines (for tests and the sitemap). */
export function getAllGuidelineVersions(): Guideline[] {
  return guidelines;
}

export interface CitationTarget {
  href: string;
  guidelineTitle: string;
  sectionTitle: string;
}

/** Where a citation points in a language: the guideline page and section heading (or its original). */
export function citationTarget(
  locale: Locale,
  citation: { guideline: string; section: string },
): CitationTarget | undefined {
  const found = getGuideline(locale, citation.guideline);
  if (!found) return undefined;
  const heading = found.doc.headings.find((h) => h.id === citation.section);
  return {
    href: `/${locale}/guidelines/${found.doc.organisation}/${found.doc.slug}/#${citation.section}`,
    guidelineTitle: found.doc.title,
    sectionTitle: heading?.text ?? citation.section,
  };
}

export interface Mention {
  guideline: Guideline;
  sectionId: string;
  sectionTitle: string;
}

/** Sections of the guidelines (in `locale`) that name a tool: by <Tool> link, name or alias. */
export function mentionsOf(tool: Tool, locale: Locale): Mention[] {
  const tools = getTools();
  return getGuidelineKeys().flatMap(({ slug }) => {
    const { doc } = getGuideline(locale, slug)!;
    return doc.sections
      .filter((s) => namesTool(s, tool, tools))
      .map((s) => ({
        guideline: doc,
        sectionId: s.id,
        sectionTitle: doc.headings.find((h) => h.id === s.id)?.text ?? s.id,
      }));
  });
}
