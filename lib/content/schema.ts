/**
 * Schemas for everything under content/. They are the documentation of the content format:
 * each field says what it is for. Types are inferred from them, never written twice.
 */
import { z } from 'zod';
import { locales } from '@/lib/i18n/routing';
import { toolIds, toolKinds, sourceFiles } from '@/lib/vocabulary';
import { organisationIds, countries, organisationKinds } from '@/lib/organisations';

export const localeSchema = z.enum(locales);
const isoDate = z.iso.date();
/** The one id format of slugs, section ids, rule ids and glossary ids: they stand in URLs and file names. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'write it in kebab-case: a-z, 0-9 and -, e.g. "zoom-memo"');
const text = z.string().trim().min(1);
/** A text given in every language of the portal. */
export const perLocale = z.strictObject({ da: text, sv: text, nb: text });

/**
 * A dated note of what changed on the portal's page, in this file's language; the first says when
 * the page was first published on the portal. Distinct from the source's version and review dates.
 */
export const guidelineChangeSchema = z.strictObject({ date: isoDate, note: text });
export type GuidelineChange = z.infer<typeof guidelineChangeSchema>;

export const guidelineFrontMatter = z.strictObject({
  /** The page title, in this file's language. */
  title: text,
  /** One or two sentences: what the guideline says. */
  summary: text,
  /** The organisation that issued the source. */
  organisation: z.enum(organisationIds),
  /** Must equal the folder the file is in. */
  locale: localeSchema,
  /** Shared by all language versions of one guideline; part of the URL. */
  slug: kebabId,
  /** Where it stands among its organisation's guidelines (1, 2, …; a document's chapters in order). */
  order: z.number().int().positive(),
  /** Who issued the source, as printed. */
  issuer: text,
  /** Whom to ask: only contacts the source prints. */
  owner: text,
  /** The seed file this guideline renders. */
  source: z.enum(sourceFiles),
  /** The language the source is written in. */
  originalLanguage: localeSchema,
  /** The date or version exactly as printed ("udateret" where there is none). */
  version: text,
  /** What the source says it replaces, if it does. */
  replaces: text.optional(),
  /** ISO date of the source (or the estimate explained in dateNote). */
  lastReviewed: isoDate,
  /** ISO date, normally a year after lastReviewed. */
  nextReview: isoDate,
  /** How the dates were estimated when the source is undated. */
  dateNote: text.optional(),
  /** In a translation: the locale of the original. Omitted in the original. */
  translationOf: localeSchema.optional(),
  /** Who the guideline is for, in this file's language. */
  audience: text,
  /** The portal's change notes, oldest first; every language version has the same dates. */
  changes: z.array(guidelineChangeSchema).min(1),
});
export type GuidelineFrontMatter = z.infer<typeof guidelineFrontMatter>;

export const organisationSchema = z.strictObject({
  id: z.enum(organisationIds),
  name: perLocale,
  /** Where it is: the organisation picker groups by country, then kind. */
  country: z.enum(countries),
  /**
   * A region, or a municipality. A body that issues guidance for municipalities (KL for the Danish
   * ones) is listed with the municipalities, where its readers look for it.
   */
  kind: z.enum(organisationKinds),
  /** One line about the organisation and its guidance, per language. */
  description: perLocale,
  /** Contacts printed in the sources. */
  contacts: z.array(z.strictObject({ label: perLocale, value: text })).min(1),
  /** The seed files that are this organisation's guidance. */
  sources: z.array(z.enum(sourceFiles)).min(1),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const toolSchema = z.strictObject({
  id: z.enum(toolIds),
  name: text,
  vendor: text,
  kind: z.enum(toolKinds),
  /** Seed files whose text names the tool. */
  sources: z.array(z.enum(sourceFiles)).min(1),
  /** Other names people search for. */
  aliases: z.array(text),
  /** A neutral description; never a verdict (verdicts come from the rules). */
  description: perLocale,
});
export type Tool = z.infer<typeof toolSchema>;

export const glossarySchema = z.array(
  z.strictObject({
    id: kebabId,
    term: perLocale,
    definition: perLocale,
    sources: z.array(z.enum(sourceFiles)),
  }),
);
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];

/** content/sources.yaml: how the pages name each source document (never by its file name). */
export const sourcesSchema = z.array(
  z.strictObject({
    file: z.enum(sourceFiles),
    /** The title the document prints, in its language; or, where it prints none, a descriptive one. */
    title: text,
    /** false where the document prints no title and the portal gave the one above. */
    titleInSource: z.boolean(),
    /** The document's language. */
    language: localeSchema,
    /** Who issued it, as printed. */
    issuer: text,
  }),
);
export type SourceDocument = z.infer<typeof sourcesSchema>[number];
