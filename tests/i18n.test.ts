import { describe, it, expect } from 'vitest';
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
