/**
 * The shape of the open data under /data/v1/ (docs/data.md): defined once here, with zod. The files
 * are checked against it, and /data/v1/schema.json is emitted from it (JSON Schema, draft 2020-12).
 *
 * Compatibility (docs/data.md "Versions"): the published schema leaves objects open, so a field added
 * later does not break a consumer that validates with it; new ids (organisations, tools, needs,
 * purposes, data classes) are additive too, which is why those keys are patterns, not lists. A
 * verdict is a closed list: a new verdict changes what a consumer must handle, so it means /data/v2/.
 */
import { z } from 'zod';
import { verdictIds } from '@/lib/vocabulary';

import { OPEN_DATA_VERSION } from './paths';

export { OPEN_DATA_VERSION, openDataPath } from './paths';

const text = z.string().min(1);
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .meta({ description: 'A public identifier (docs/data.md, "Identifiers"): kebab-case, never renamed.' });
const url = z.url().meta({ description: 'An absolute URL on the portal (under its base path, if any).' });
const language = z.enum(['da', 'sv', 'nb']);

const localised = z
  .object({ da: text, sv: text, nb: text })
  .meta({ id: 'Localised', description: 'A text in each of the portal’s languages.' });
const localisedUrl = z
  .object({ da: url, sv: url, nb: url })
  .meta({ id: 'LocalisedUrl', description: 'The same page in each of the portal’s languages.' });

export const citationShape = z
  .object({
    guideline: id.meta({ description: 'The guideline’s slug.' }),
    section: id.meta({ description: 'The section id: the same in every language.' }),
    url: localisedUrl.meta({ description: 'The cited section (`…/#{section}`) in each language.' }),
    title: localised.meta({ description: '“Guideline title › Section title”, as the pages show it.' }),
    quote: z
      .object({
        text: text.meta({ description: 'The source’s own words, in the source’s language.' }),
        language: language.meta({ description: 'The language of `text`.' }),
        translations: z
          .object({ da: text.optional(), sv: text.optional(), nb: text.optional() })
          .meta({ description: 'The portal’s translations into its other languages (marked as such on the pages).' }),
      })
      .optional()
      .meta({ description: 'The words the verdict rests on; absent only on a `not-assessed` note.' }),
  })
  .meta({ id: 'Citation', description: 'A passage of a guideline that a verdict rests on.' });

export const decisionShape = z
  .object({
    verdict: z.enum(verdictIds).meta({ description: 'Closed list: a new verdict is a breaking change.' }),
    conditions: z.array(localised).meta({ description: 'What the user must do or respect; may be empty.' }),
    citations: z.array(citationShape).meta({ description: 'Every verdict but `not-assessed` has at least one.' }),
    summary: localised.optional().meta({ description: 'A few words for a summary line, when the rule gives them.' }),
  })
  .meta({ id: 'Decision', description: 'The wizard’s verdict on one tool or function in one situation.' });

/** Objects keyed by id (tools, needs): every id of the vocabulary is present. */
const byId = <T extends z.ZodType>(value: T) => z.record(id, value);

export const situationShape = z
  .object({
    purpose: id.meta({ description: 'The situation (vocabulary.purposes).' }),
    data: id.meta({ description: 'The information in the meeting (vocabulary.data).' }),
    url: localisedUrl.meta({ description: 'The wizard’s outcome page for this situation.' }),
    tools: byId(decisionShape).meta({ description: 'One decision per tool of vocabulary.tools, keyed by its id.' }),
    needs: byId(decisionShape).meta({ description: 'One decision per function of vocabulary.needs, keyed by its id.' }),
    practices: z
      .array(z.object({ id, text: localised, citations: z.array(citationShape) }))
      .meta({ description: 'Advice for the situation not tied to one tool (closed room, clean desk …).' }),
  })
  .meta({ id: 'Situation' });

const organisationSummary = z.object({
  id,
  name: localised,
  country: z.string().regex(/^[A-Z]{2}$/),
  rulesetHash: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .meta({ description: 'Changes exactly when the rules that decide the verdicts change.' }),
  exhaustive: z
    .boolean()
    .meta({ description: 'The source says its list of tools is complete: tools it does not name are not allowed.' }),
});

const header = {
  $schema: url.meta({ description: 'This file’s JSON Schema: /data/v1/schema.json.' }),
  version: z.literal(OPEN_DATA_VERSION),
};

export const organisationFileShape = z
  .object({
    ...header,
    kind: z.literal('organisation'),
    organisation: organisationSummary,
    links: z.object({ index: url, page: localisedUrl, guidelines: localisedUrl }),
    situations: z.array(situationShape).meta({ description: 'Every purpose × data, in vocabulary order.' }),
  })
  .meta({ id: 'OrganisationFile', description: '/data/v1/{organisation}.json: every situation of one organisation.' });

const named = z.object({ id, name: localised });

export const indexFileShape = z
  .object({
    ...header,
    kind: z.literal('index'),
    links: z.object({ schema: url, home: localisedUrl }),
    languages: z.array(z.object({ id: language, name: text })),
    organisations: z.array(
      organisationSummary.extend({
        data: url.meta({ description: 'The organisation’s file, /data/v1/{organisation}.json.' }),
        page: localisedUrl,
      }),
    ),
    vocabulary: z.object({
      purposes: z.array(named.extend({ short: localised })),
      data: z.array(named.extend({ short: localised })),
      needs: z.array(named),
      verdicts: z.array(named.extend({ id: z.enum(verdictIds) })),
      tools: z.array(z.object({ id, name: text, vendor: text, kind: id })),
    }),
  })
  .meta({ id: 'IndexFile', description: '/data/v1/index.json: organisations, languages, vocabulary, links.' });

export const openDataFileShape = z.discriminatedUnion('kind', [indexFileShape, organisationFileShape]);

export type OpenCitation = z.infer<typeof citationShape>;
export type OpenDecision = z.infer<typeof decisionShape>;
export type OpenSituation = z.infer<typeof situationShape>;
export type OrganisationFile = z.infer<typeof organisationFileShape>;
export type IndexFile = z.infer<typeof indexFileShape>;

/** /data/v1/schema.json: one schema that index.json and every {organisation}.json validate against. */
export function openDataJsonSchema(schemaUrl: string) {
  const schema = z.toJSONSchema(openDataFileShape, { io: 'input' });
  return {
    $schema: schema.$schema,
    $id: schemaUrl,
    title: `Video guide open data, version ${OPEN_DATA_VERSION}`,
    ...schema,
  };
}
