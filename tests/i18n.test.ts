import { describe, it, expect } from 'vitest';
import type { Locale } from '@/lib/i18n/routing';
import { pickLocale, preferredLocaleScript } from '@/lib/i18n/preferred-locale';
import { localePath, switchLocalePath } from '@/lib/i18n/paths';
import { parseNeeds } from '@/lib/wizard/answers';

describe('pickLocale', () => {
  it('picks the first supported language, mapping no and nn to nb', () => {
    expect(pickLocale(['sv-SE', 'en'])).toBe('sv');
    expect(pickLocale(['en-GB', 'no'])).toBe('nb');
    expect(pickLocale(['nn-NO'])).toBe('nb');
    expect(pickLocale(['de', 'en'])).toBe('da');
  });
  it('has an inline twin for the root page that behaves the same', () => {
    const run = (languages: string[]) => {
      let target = '';
      new Function('navigator', 'location', preferredLocaleScript('/guide'))(
        { languages },
        { replace: (u: string) => (target = u) },
      );
      return target;
    };
    expect(run(['nb-NO'])).toBe('/guide/nb/');
    expect(run(['sv'])).toBe('/guide/sv/');
    expect(run(['fr'])).toBe('/guide/da/');
  });
});

describe('paths', () => {
  it('builds locale paths with a trailing slash', () => {
    expect(localePath('sv', 'guidelines', 'region-halland/x')).toBe('/sv/guidelines/region-halland/x/');
    expect(localePath('da')).toBe('/da/');
  });
  it('switches only the locale segment', () => {
    expect(switchLocalePath('/da/wizard/region-halland/', 'nb')).toBe('/nb/wizard/region-halland/');
  });
});

describe('parseNeeds', () => {
  it('reads comma lists and repeated parameters, drops unknown values', () => {
    expect(parseNeeds('chat,recording')).toEqual(['chat', 'recording']);
    expect(parseNeeds(['recording', 'chat', '<script>'])).toEqual(['chat', 'recording']);
    expect(parseNeeds(null)).toEqual([]);
  });
});

describe('the list of languages', () => {
  it('is locales.json, with a messages file for each and a Locale type that names the same', async () => {
    const { locales, defaultLocale } = await import('@/lib/i18n/routing');
    const { messages } = await import('@/lib/i18n/messages');
    const named: Record<Locale, true> = { da: true, sv: true, nb: true };
    expect([...locales].sort()).toEqual(Object.keys(named).sort());
    expect(Object.keys(messages).sort()).toEqual([...locales].sort());
    expect(locales).toContain(defaultLocale);
  });
});
