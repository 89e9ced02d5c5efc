/** The main menu: only pages that exist. Labels come from the `Nav` messages. */
export const mainNavigation = [
  { key: 'home', path: '' },
  { key: 'wizard', path: 'wizard' },
  { key: 'guidelines', path: 'guidelines' },
  { key: 'tools', path: 'tools' },
  { key: 'organisations', path: 'organisations' },
  { key: 'glossary', path: 'glossary' },
  { key: 'search', path: 'search' },
] as const;
export type NavKey = (typeof mainNavigation)[number]['key'];
