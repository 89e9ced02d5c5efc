// The sections of each language whose pages Pagefind reads. Only pages with `data-pagefind-body` are
// indexed (guidelines, glossary, tool and organisation pages), and none of them lives elsewhere; the
// wizard's pages, 89 % of all pages at 100 organisations, need not be opened at all (docs/scale.md).
// `npm run check:pages` fails when a page outside these sections asks to be searched.

export const SEARCHED_SECTIONS = ['guidelines', 'glossary', 'tools', 'organisations'];

/** Pagefind's `--glob`: every HTML file under a searched section of a language. */
export function pagefindGlob(locales) {
  return `{${locales.join(',')}}/{${SEARCHED_SECTIONS.join(',')}}/**/*.html`;
}

/** Whether a page URL path (`/da/tools/teams/`) lies where Pagefind reads. */
export function inSearchedSection(urlPath) {
  const [, section] = urlPath.split('/').filter(Boolean);
  return section !== undefined && SEARCHED_SECTIONS.includes(section);
}
