import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import { outlineOf } from './lib/content/mdx-outline';
import i18n from './lib/i18n/locales.json';
import { countries, organisationKinds } from './lib/organisations';

// The zod schemas in lib/content/schema.ts are the source of truth and run first
// (scripts/check-content.ts), with friendly errors. These types mirror them so contentlayer
// can load and bundle the content; tests/content/model.test.ts keeps the two in step.
const locale = { type: 'enum', options: i18n.locales } as const;

export const Guideline = defineDocumentType(() => ({
  name: 'Guideline',
  filePathPattern: 'guidelines/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    organisation: { type: 'string', required: true },
    locale: { ...locale, required: true },
    slug: { type: 'string', required: true },
    order: { type: 'number', required: true },
    issuer: { type: 'string', required: true },
    owner: { type: 'string', required: true },
    source: { type: 'string', required: true },
    originalLanguage: { ...locale, required: true },
    version: { type: 'string', required: true },
    replaces: { type: 'string', required: false },
    lastReviewed: { type: 'date', required: true },
    nextReview: { type: 'date', required: true },
    dateNote: { type: 'string', required: false },
    translationOf: { ...locale, required: false },
    audience: { type: 'string', required: true },
    /** [{ date, note }], oldest first (lib/content/schema.ts guidelineChangeSchema). */
    changes: { type: 'json', required: true },
  },
  computedFields: {
    /** The table of contents and the section ids, read from the MDX tree. */
    headings: { type: 'json', resolve: (doc) => outlineOf(doc.body.raw).headings },
    /** The words and <Tool> links of each section: where the tool pages find mentions. */
    sections: { type: 'json', resolve: (doc) => outlineOf(doc.body.raw).sections },
  },
}));

export const Organisation = defineDocumentType(() => ({
  name: 'Organisation',
  filePathPattern: 'organisations/*.yaml',
  contentType: 'data',
  fields: {
    id: { type: 'string', required: true },
    name: { type: 'json', required: true },
    country: { type: 'enum', options: [...countries], required: true },
    kind: { type: 'enum', options: [...organisationKinds], required: true },
    description: { type: 'json', required: true },
    contacts: { type: 'json', required: true },
    sources: { type: 'list', of: { type: 'string' }, required: true },
  },
}));

export const Tool = defineDocumentType(() => ({
  name: 'Tool',
  filePathPattern: 'tools/*.yaml',
  contentType: 'data',
  fields: {
    id: { type: 'string', required: true },
    name: { type: 'string', required: true },
    vendor: { type: 'string', required: true },
    kind: { type: 'enum', options: ['dedicated', 'general-platform', 'consumer-app'], required: true },
    sources: { type: 'list', of: { type: 'string' }, required: true },
    aliases: { type: 'list', of: { type: 'string' }, required: true },
    description: { type: 'json', required: true },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  contentDirInclude: ['guidelines', 'organisations', 'tools'],
  documentTypes: [Guideline, Organisation, Tool],
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  mdx: { remarkPlugins: [remarkGfm] },
  disableImportAliasWarning: true,
});
