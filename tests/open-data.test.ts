/**
 * The open data (/data/v1/, docs/data.md): every file validates against schema.json with an
 * independent validator (ajv), declares no field the zod shape does not, and agrees with what the
 * wizard's outcome pages render, for every organisation × purpose × data and every language.
 * (The built files against the built pages' test hooks: e2e/open-data.spec.ts.)
 */
import { describe, it, expect } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { getOpenDataFiles, openDataSources } from '@/lib/open-data/site';
import { openDataFiles, openDataText, type OpenDataSources } from '@/lib/open-data/build';
import { openDataFileShape, type OpenCitation, type OpenDecision, type OrganisationFile } from '@/lib/open-data/shape';
import { outcomeView } from '@/lib/wizard/present';
import { decideSituation, getPolicy } from '@/lib/wizard';
import { policyRulesetHash } from '@/lib/wizard/ruleset-hash';
import { locales, type Locale } from '@/lib/i18n/routing';
import { absoluteUrl } from '@/lib/site';
import { dataClassIds, needIds, purposeIds, toolIds } from '@/lib/vocabulary';
import { organisationIds } from '@/lib/organisations';
import type { CitationView } from '@/lib/content/citation-view';
import { SEED_FILE } from '@/scripts/site-walk.mjs';

const files = getOpenDataFiles();
const orgFile = (org: string) => files[`${org}.json`] as OrganisationFile;

function validator(schema: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  return ajv.compile(schema);
}
const validate = validator(files['schema.json']!);
const dataFiles = Object.entries(files).filter(([name]) => name !== 'schema.json');

describe('the files of /data/v1/', () => {
  it('are index.json, schema.json and one per organisation', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['index.json', 'schema.json', ...organisationIds.map((o) => `${o}.json`)].sort(),
    );
  });

  it.each(dataFiles)('%s validates against schema.json (ajv, JSON Schema 2020-12)', (_name, file) => {
    const valid = validate(JSON.parse(openDataText(file)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(dataFiles)('%s has no field the shape does not declare', (_name, file) => {
    // zod drops undeclared keys: what it gives back equals the file only when there are none.
    expect(openDataFileShape.parse(file)).toEqual(file);
  });

  it('the schema rejects what it should: an unknown verdict, a missing situation field, a relative URL', () => {
    const broken = structuredClone(orgFile('region-halland'));
    broken.situations[0]!.tools.teams!.verdict = 'maybe' as never;
    expect(validate(broken)).toBe(false);
    const missing = structuredClone(orgFile('region-halland')) as { situations: Record<string, unknown>[] };
    delete missing.situations[0]!.needs;
    expect(validate(missing)).toBe(false);
    const relative = structuredClone(orgFile('region-halland'));
    relative.situations[0]!.url.da = '/da/wizard/';
    expect(validate(relative)).toBe(false);
  });

  it('names no internal source file (as no page does)', () => {
    for (const [name, file] of Object.entries(files)) expect(openDataText(file), name).not.toMatch(SEED_FILE);
  });

  it('is the same text on every build (no timestamps)', () => {
    const again = openDataFiles(openDataSources());
    for (const [name, file] of Object.entries(files)) expect(openDataText(again[name]!), name).toBe(openDataText(file));
  });
});

describe('index.json', () => {
  const index = files['index.json'] as import('@/lib/open-data/shape').IndexFile;

  it('lists every organisation with its ruleset hash and file, and the whole vocabulary', () => {
    expect(index.organisations.map((o) => o.id)).toEqual([...organisationIds]);
    for (const o of index.organisations) {
      expect(o.rulesetHash).toBe(policyRulesetHash(getPolicy(o.id as (typeof organisationIds)[number])));
      expect(o.data).toBe(absoluteUrl(`/data/v1/${o.id}.json`));
      expect(orgFile(o.id).organisation).toEqual({
        id: o.id,
        name: o.name,
        country: o.country,
        rulesetHash: o.rulesetHash,
        exhaustive: o.exhaustive,
      });
    }
    expect(index.vocabulary.tools.map((t) => t.id)).toEqual([...toolIds]);
    expect(index.vocabulary.needs.map((t) => t.id)).toEqual([...needIds]);
    expect(index.vocabulary.purposes.map((t) => t.id)).toEqual([...purposeIds]);
    expect(index.vocabulary.data.map((t) => t.id)).toEqual([...dataClassIds]);
    expect(index.languages.map((l) => l.id)).toEqual([...locales]);
  });
});

/** A published decision as the outcome page shows it in one language (DecisionView minus name and href). */
function asView(locale: Locale, subject: string, d: OpenDecision) {
  return {
    subject,
    verdict: d.verdict,
    conditions: d.conditions.map((c) => c[locale]),
    citations: d.citations.map((c) => citationAsView(locale, c)),
  };
}

function citationAsView(locale: Locale, c: OpenCitation): CitationView & { href: string } {
  return {
    key: `${c.guideline}#${c.section}`,
    href: c.url[locale],
    label: c.title[locale],
    quote: c.quote && {
      text: c.quote.text,
      lang: c.quote.language,
      translation: c.quote.language === locale ? undefined : c.quote.translations[locale],
    },
  };
}

/** The page's citation with its link as an absolute URL, as the data gives it. */
const absolute = (c: CitationView) => ({ ...c, href: c.href && absoluteUrl(c.href) });

describe('agreement with the wizard: every organisation × purpose × data, in every language', () => {
  it.each(organisationIds.map((o) => [o]))('%s', (org) => {
    const file = orgFile(org);
    expect(file.situations.map((s) => `${s.purpose}/${s.data}`)).toEqual(
      purposeIds.flatMap((p) => dataClassIds.map((d) => `${p}/${d}`)),
    );
    let compared = 0;
    for (const situation of file.situations) {
      const outcome = decideSituation({
        organisation: org,
        purpose: situation.purpose as (typeof purposeIds)[number],
        data: situation.data as (typeof dataClassIds)[number],
      });
      expect(Object.keys(situation.tools)).toEqual([...toolIds]);
      expect(Object.keys(situation.needs)).toEqual([...needIds]);
      for (const locale of locales) {
        const view = outcomeView(outcome, locale);
        const where = `${org}/${situation.purpose}/${situation.data} ${locale}`;
        expect(situation.url[locale], where).toBe(
          absoluteUrl(`/${locale}/wizard/${org}/${situation.purpose}/${situation.data}/`),
        );
        const pageTools = view.toolGroups.flatMap((g) => g.items);
        expect(pageTools).toHaveLength(toolIds.length);
        const shown = [
          ...pageTools.map((d) => ({ d, published: situation.tools[d.subject] })),
          ...view.needs.map((d) => ({ d, published: situation.needs[d.subject] })),
        ];
        for (const { d, published } of shown) {
          const { subject, verdict, conditions, citations } = d;
          expect(published && asView(locale, subject, published), `${where} ${subject}`).toEqual({
            subject,
            verdict,
            conditions,
            citations: citations.map(absolute),
          });
          compared++;
        }
        expect(
          situation.practices.map((p) => ({
            id: p.id,
            text: p.text[locale],
            citations: p.citations.map((c) => citationAsView(locale, c)),
          })),
          `${where} practices`,
        ).toEqual(view.practices.map((p) => ({ ...p, citations: p.citations.map(absolute) })));
      }
    }
    expect(compared).toBe(24 * locales.length * (toolIds.length + needIds.length));
  });

  it('every decided verdict cites at least one passage, with the quote', () => {
    for (const org of organisationIds)
      for (const s of orgFile(org).situations)
        for (const d of [...Object.values(s.tools), ...Object.values(s.needs)])
          if (d.verdict !== 'not-assessed') {
            expect(d.citations.length).toBeGreaterThan(0);
            for (const c of d.citations) expect(c.quote?.text).toBeTruthy();
          }
  });
});

describe('links in the data', () => {
  /** Every string in a file that is a URL. */
  const urlsIn = (value: unknown): string[] =>
    typeof value === 'string'
      ? /^https?:/.test(value)
        ? [value]
        : []
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(urlsIn)
        : [];

  it('are absolute and under the base path when the site is built under one', () => {
    const sources: OpenDataSources = {
      ...openDataSources(),
      url: (path) => `https://intranet.example.org/video-guide${path}`,
    };
    const hosted = openDataFiles(sources);
    const urls = Object.values(hosted).flatMap(urlsIn);
    const own = urls.filter((u) => !u.startsWith('https://json-schema.org/'));
    expect(own.length).toBeGreaterThan(1000);
    for (const u of own) expect(u).toMatch(/^https:\/\/intranet\.example\.org\/video-guide\/(da|sv|nb|data\/v1)\//);
    const citation = (hosted['region-hovedstaden.json'] as OrganisationFile).situations
      .flatMap((s) => Object.values(s.tools))
      .flatMap((d) => d.citations)[0]!;
    expect(citation.url.sv).toBe(
      `https://intranet.example.org/video-guide/sv/guidelines/region-hovedstaden/${citation.guideline}/#${citation.section}`,
    );
  });
});
