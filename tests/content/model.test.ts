import { describe, it, expect } from 'vitest';
import { Guideline, Organisation, Tool } from '@/contentlayer.config';
import { guidelineFrontMatter, organisationSchema, toolSchema } from '@/lib/content/schema';

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
