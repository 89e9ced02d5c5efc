import { locales, defaultLocale, type Locale } from './routing';

/**
 * The visitor's preferred language among ours, from navigator.languages. Norwegian browsers
 * often say `no` or `nn` rather than `nb`; both are served Bokmål.
 */
export function pickLocale(preferences: readonly string[]): Locale {
  for (const pref of preferences) {
    const base = pref.toLowerCase().split('-')[0] ?? '';
    const mapped = base === 'no' || base === 'nn' ? 'nb' : base;
    const hit = locales.find((l) => l === mapped);
    if (hit) return hit;
  }
  return defaultLocale;
}

/** The inline script for `/`: the same logic, serialised, so it runs before the meta refresh. */
export function preferredLocaleScript(basePath: string): string {
  return `(function(){var L=${JSON.stringify(locales)},p=navigator.languages||[navigator.language||''],t=${JSON.stringify(defaultLocale)};for(var i=0;i<p.length;i++){var b=String(p[i]).toLowerCase().split('-')[0];if(b==='no'||b==='nn')b='nb';if(L.indexOf(b)>=0){t=b;break}}location.replace(${JSON.stringify(basePath)}+'/'+t+'/')})();`;
}
