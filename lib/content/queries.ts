/**
 * The only module that reads contentlayer's generated collections. Pages ask here.
 *
 * The collections are fixed for a build, so what is derived from them (orders, lookups, which
 * sections name which tool) is worked out once per process and kept: every page asks these
 * questions many times, and at 100 organisations working them out again per call cost the build
 * more than rendering some pages (docs/scale.md). Callers get copies of lists, never the kept ones.
 */
import { allGuidelines, allOrganisations, allTools } from 'contentlayer/generated';
import type { Guideline as GuidelineDoc } from 'contentlayer/generated';
import type { Locale } from '@/lib/i18n/routing';
import { type SourceFile, type ToolId } from '@/lib/vocabulary';
import { organisationIds, type OrganisationId } from '@/lib/organisations';
import type { Organisation, Tool } from './schema';
import type { Heading, Section } from './mdx-outline';
import { toolsNamedBy } from './mentions';
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

/** A value worked out on first use and kept. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

const organisationsInOrder = once(() => {
  const byId = new Map(allOrganisations.map((o) => [o.id, o as unknown as Organisation]));
  return organisationIds.flatMap((id) => byId.get(id) ?? []);
});
const organisationById = once(() => new Map(organisationsInOrder().map((o) => [o.id, o])));

export function getOrganisations(): Organisation[] {
  return [...organisationsInOrder()];
}

export function getOrganisation(id: string): Organisation | undefined {
  return organisationById().get(id);
}

const toolsByName = once(() =>
  allTools.map((t) => t as unknown as Tool).sort((a, b) => a.name.localeCompare(b.name, 'da')),
);
const toolById = once(() => new Map<string, Tool>(toolsByName().map((t) => [t.id, t])));

export function getTools(): Tool[] {
  return [...toolsByName()];
}

export function getTool(id: string): Tool | undefined {
  return toolById().get(id);
}

export function toolName(id: ToolId): string {
  return getTool(id)?.name ?? id;
}

const guidelineKeys = once(() => {
  const seen = new Map<string, Guideline>();
  for (const g of guidelines) seen.set(g.slug, g);
  const rank = new Map(organisationIds.map((id, i) => [id, i]));
  return [...seen.values()]
    .sort(
      (a, b) =>
        (rank.get(a.organisation) ?? -1) - (rank.get(b.organisation) ?? -1) ||
        a.order - b.order ||
        a.slug.localeCompare(b.slug),
    )
    .map(({ organisation, slug }) => ({ organisation, slug }));
});

/** Every guideline once, as (organisation, slug): organisations in order, each's guidelines by `order`. */
export function getGuidelineKeys(): { organisation: OrganisationId; slug: string }[] {
  return guidelineKeys().map((k) => ({ ...k }));
}

const versionsBySlug = once(() => {
  const bySlug = new Map<string, Guideline[]>();
  for (const g of guidelines) bySlug.set(g.slug, [...(bySlug.get(g.slug) ?? []), g]);
  return bySlug;
});

/** The guideline in `locale`, or its original with `fallback: true`. */
export function getGuideline(locale: Locale, slug: string): Resolved<Guideline> | undefined {
  return resolveGuideline(versionsBySlug().get(slug) ?? [], slug, locale);
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

/** Per locale, the sections of all guidelines with the tools each names, read once. */
const namedSections = new Map<Locale, { doc: Guideline; section: Section; tools: ReadonlySet<string> }[]>();

function sectionsNamingTools(locale: Locale) {
  let list = namedSections.get(locale);
  if (!list) {
    const tools = toolsByName();
    list = guidelineKeys().flatMap(({ slug }) => {
      const { doc } = getGuideline(locale, slug)!;
      return doc.sections.map((section) => ({ doc, section, tools: toolsNamedBy(section, tools) }));
    });
    namedSections.set(locale, list);
  }
  return list;
}

/** Sections of the guidelines (in `locale`) that name a tool: by <Tool> link, name or alias. */
export function mentionsOf(tool: Tool, locale: Locale): Mention[] {
  return sectionsNamingTools(locale)
    .filter((s) => s.tools.has(tool.id))
    .map(({ doc, section }) => ({
      guideline: doc,
      sectionId: section.id,
      sectionTitle: doc.headings.find((h) => h.id === section.id)?.text ?? section.id,
    }));
}
