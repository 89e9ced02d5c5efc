import { describe, it, expect } from 'vitest';
import { Guideline, Organisation, Tool } from '@/contentlayer.config';
import { guidelineFrontMatter, organisationSchema, toolSchema } from '@/lib/content/schema';
import { locales } from '@/lib/i18n/routing';

// contentlayer's document types mirror the zod schemas (the source of truth); they must not drift.
const fieldsOf = (t: typeof Guideline) => Object.keys(t.def().fields ?? {}).sort();

describe('content model', () => {
  it('contentlayer and zod agree on the guideline fields', () => {
    expect(fieldsOf(Guideline)).toEqual(Object.keys(guidelineFrontMatter.shape).sort());
  });
  it('contentlayer and zod agree on the organisation and tool fields', () => {
    expect(fieldsOf(Organisation)).toEqual(Object.keys(organisationSchema.shape).sort());
    expect(fieldsOf(Tool)).toEqual(Object.keys(toolSchema.shape).sort());
  });
});

describe('shipped guidelines', () => {
  it('exist in all three languages with the same slugs (the content is complete, no fallback needed)', async () => {
    const { readdirSync } = await import('node:fs');
    const slugs = (locale: string) =>
      readdirSync(`content/guidelines/${locale}`, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.mdx'))
        .sort();
    expect(slugs('da').length).toBeGreaterThanOrEqual(9);
    expect(slugs('sv')).toEqual(slugs('da'));
    expect(slugs('nb')).toEqual(slugs('da'));
  });
});

describe('contentlayer config', () => {
  it('takes its locales from lib/i18n/locales.json', () => {
    const fields = Guideline.def().fields as Record<string, { options?: readonly string[] }>;
    for (const name of ['locale', 'originalLanguage', 'translationOf']) expect(fields[name]?.options).toEqual(locales);
  });
});
