/**
 * Internal links in guidelines, resolved by the content check against the content itself, so a
 * broken link fails before the build rather than in the link check after it. A site path must
 * name a page the site builds (in the language it names: a translation may link to its original),
 * and a `#fragment` an id that page has: a section id of a guideline (the <H2 id>/<H3 id> the
 * page renders as heading ids, components/mdx/Headings.tsx), `term-{id}` on the glossary page, an
 * organisation id on a tool page. Pure, tested on its own and through the content check.
 */
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { resolveGuideline } from './resolve';
import { lineOf, type Node, type Parent } from './mdx-tree';
import { dataClassIds, purposeIds, toolIds } from '@/lib/vocabulary';
import { organisationIds } from '@/lib/organisations';

export interface LinkedGuideline {
  organisation: string;
  slug: string;
  locale: Locale;
  originalLanguage: Locale;
  /** Its section ids; undefined when its body could not be read (its own error says why). */
  sectionIds?: readonly string[];
}

/** What the links of one page can point at. */
export interface LinkTargets {
  guidelines: readonly LinkedGuideline[];
  /** Undefined when the glossary cannot be read (its own error says why). */
  glossaryIds?: readonly string[];
  /** The page the link stands on, for `#fragment` links. */
  here: LinkedGuideline;
}

/** The ids a page is known to have: a set, 'unread' (a broken page: no second error), or 'unknown'. */
type Fragments = ReadonlySet<string> | 'unread' | 'unknown';

const ids = (list: readonly string[] | undefined): Fragments => (list ? new Set(list) : 'unread');

/** A path segment: a literal, one of a list of ids, or (null) any slug. */
type Segment = string | readonly string[] | null;

interface Route {
  segments: Segment[];
  /** The ids on the page; undefined: there is no such page after all. Default: 'unknown'. */
  fragments?: (params: string[], locale: Locale, targets: LinkTargets) => Fragments | undefined;
}

const orgs = organisationIds;
const [purposes, data] = [purposeIds, dataClassIds];

/** The pages of app/[locale]/, by their path after the locale. */
const routes: Route[] = [
  { segments: [] },
  { segments: ['guidelines'] },
  { segments: ['guidelines', orgs] },
  {
    segments: ['guidelines', orgs, null],
    // The page shows the guideline in the language asked for, or its original (lib/content/resolve.ts).
    fragments: ([, organisation, slug], locale, targets) => {
      const versions = targets.guidelines.filter((g) => g.organisation === organisation);
      const shown = resolveGuideline(versions, slug!, locale)?.doc;
      return shown ? ids(shown.sectionIds) : undefined;
    },
  },
  { segments: ['organisations'] },
  { segments: ['organisations', orgs] },
  { segments: ['organisations', orgs, 'decision-table'] },
  { segments: ['wizard'] },
  { segments: ['wizard', orgs] },
  { segments: ['wizard', orgs, purposes] },
  { segments: ['wizard', orgs, purposes, data] },
  { segments: ['wizard', orgs, purposes, data, 'needs'] },
  { segments: ['tools'] },
  // A tool page has one section per organisation, with the organisation's id.
  { segments: ['tools', toolIds], fragments: () => new Set(organisationIds) },
  { segments: ['tools', 'matrix'] },
  { segments: ['tools', 'matrix', purposes] },
  { segments: ['tools', 'matrix', purposes, data] },
  {
    segments: ['glossary'],
    fragments: (_, __, { glossaryIds }) => (glossaryIds ? new Set(glossaryIds.map((id) => `term-${id}`)) : 'unread'),
  },
  { segments: ['accessibility'] },
  { segments: ['search'] },
  { segments: ['embed'] },
  { segments: ['embed', 'wizard'] },
  { segments: ['embed', 'wizard', orgs] },
];

const matches = (segment: Segment, value: string) =>
  segment === null || (typeof segment === 'string' ? segment === value : segment.includes(value));

/** The fragments of the page at `path` (segments after the locale), or undefined: no such page. */
function pageAt(locale: Locale, path: string[], targets: LinkTargets): Fragments | undefined {
  const route = routes.find(
    (r) => r.segments.length === path.length && r.segments.every((segment, i) => matches(segment, path[i]!)),
  );
  if (!route) return undefined;
  return route.fragments ? route.fragments(path, locale, targets) : 'unknown';
}

/** Why a link in a guideline does not resolve, or undefined when it does (or leaves the site). */
export function brokenLink(url: string, targets: LinkTargets): { problem: string; hint: string } | undefined {
  const example = `/${targets.here.locale}/guidelines/${targets.here.organisation}/${targets.here.slug}/`;
  if (url === '') return { problem: 'a link has no target', hint: 'write [text](https://…) or [text](/da/…)' };
  if (/^(https?:\/\/|mailto:|tel:)/i.test(url)) return undefined; // another site: the link check after the build
  if (url.startsWith('//'))
    return { problem: `the link "${url}" has no scheme`, hint: 'write https:// in front of the address' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url))
    return {
      problem: `the link "${url}" is not a web address`,
      hint: 'link to https://…, mailto:…, tel:… or a page of this site (/da/…)',
    };
  const [beforeHash = '', ...hash] = url.split('#');
  const fragment = hash.join('#');
  const pathname = beforeHash.split('?')[0]!;
  let fragments: Fragments | undefined;
  let page: string;
  if (pathname === '') {
    page = 'this page';
    fragments = ids(targets.here.sectionIds);
  } else if (!pathname.startsWith('/')) {
    return { problem: `the link "${url}" is relative`, hint: `write the path from the site root, e.g. ${example}` };
  } else {
    const [locale, ...path] = pathname.split('/').slice(1);
    if (!pathname.endsWith('/'))
      return { problem: `the link "${url}" does not end with /`, hint: 'site paths end with a slash, e.g. /da/tools/' };
    page = pathname;
    fragments = locale && isLocale(locale) ? pageAt(locale, path.slice(0, -1), targets) : undefined;
    if (fragments === undefined)
      return {
        problem: `the link "${url}" names no page of this site`,
        hint: `check the path: a guideline is /{da|sv|nb}/guidelines/{organisation}/{slug}/, e.g. ${example}`,
      };
  }
  if (!fragment || fragments === 'unread') return undefined;
  if (fragments === 'unknown')
    return {
      problem: `the link "${url}" points at #${fragment}, which the check cannot see on ${page}`,
      hint: 'link to the page without #…: only guideline sections, glossary terms (#term-id) and tool pages (#organisation) can be checked',
    };
  if (!fragments.has(fragment))
    return {
      problem: `"#${fragment}" is not an id on ${page}`,
      hint: `use one of: ${[...fragments].join(', ') || '(it has none)'}`,
    };
  return undefined;
}

/** Every link target written in an MDX tree (`[text](url)` and `[label]: url`), where it stands. */
export function linksOf(tree: Parent): { url: string; line: number }[] {
  const links: { url: string; line: number }[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'link' || node.type === 'definition') && 'url' in node && typeof node.url === 'string')
      links.push({ url: node.url, line: lineOf(node) });
    if ('children' in node) (node as Parent).children.forEach(visit);
  };
  visit(tree);
  return links;
}
