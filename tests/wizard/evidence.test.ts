/**
 * The build refuses a verdict whose evidence does not hold: a quote that does not stand in the
 * cited section, a quote or translation missing, and a normative sentence of a source that no
 * rule quotes and no coverage file declares. Messages are locked: editors act on their wording.
 */
import { describe, it, expect } from 'vitest';
import { problemsAfter, replaceOnce, type Edit } from '../helpers/content-fixture';

const RULES = 'content/rules/lillehammer-kommune.yaml';
const COVERAGE = 'content/coverage/lillehammer-kommune.yaml';
const ORIGINAL = 'content/guidelines/nb/lillehammer-kommune/video-meetings.mdx';
const TEACHING = 'Inntil videre skal derfor ikke annen Teams-funksjonalitet benyttes for skole.';

/** Adds a rule at the end of `rules:`; Lillehammer's source does not decide Zoom for private use. */
const withRule = (cite: string): Edit =>
  replaceOnce(
    /\npractices:/,
    `
  - id: test-rule
    purposes: [private]
    data: [none]
    tools: [zoom]
    verdict: not-allowed
    cite:
${cite}
practices:`,
  );
const appendTo =
  (text: string): Edit =>
  (file) =>
    `${file.trimEnd()}\n${text}\n`;
/** Rule and entry indexes and page lines move as content is edited; the message around them must not. */
const stable = (problems: string[]) =>
  problems.map((p) =>
    p
      .replace(/rules\[\d+\]/g, 'rules[n]')
      .replace(/informative(\[|\.)\d+/g, 'informative$1n')
      .replace(/\.mdx:\d+\)/g, '.mdx:n)'),
  );

describe('quotes', () => {
  it('refuses a quote that does not stand in the cited section', async () => {
    const cite = `      - guideline: video-meetings\n        section: colleagues\n        quote: "${TEACHING}"\n        translation: { da: "Indtil videre …", sv: "Tills vidare …" }`;
    expect(stable(await problemsAfter({ [RULES]: withRule(cite) }))).toMatchInlineSnapshot(`
      [
        "content/rules/lillehammer-kommune.yaml › rules[n] (test-rule).cite[0].quote: "Inntil videre skal derfor ikke annen Teams-funksjonalitet benyttes for skole." does not stand in section "colleagues" of content/guidelines/nb/lillehammer-kommune/video-meetings.mdx. Hint: copy the words exactly from that section (quotation marks, dashes and spaces may differ; leave words out with …)",
      ]
    `);
  });

  it('refuses a quote changed by one word', async () => {
    const cite = `      - guideline: video-meetings\n        section: teaching\n        quote: "Inntil videre skal derfor ikke annen Teams-funksjonalitet brukes for skole."\n        translation: { da: "Indtil videre …", sv: "Tills vidare …" }`;
    expect(stable(await problemsAfter({ [RULES]: withRule(cite) }))).toMatchInlineSnapshot(`
      [
        "content/rules/lillehammer-kommune.yaml › rules[n] (test-rule).cite[0].quote: "Inntil videre skal derfor ikke annen Teams-funksjonalitet brukes for skole." does not stand in section "teaching" of content/guidelines/nb/lillehammer-kommune/video-meetings.mdx. Hint: copy the words exactly from that section (quotation marks, dashes and spaces may differ; leave words out with …)",
      ]
    `);
  });

  it('accepts a quote with other quotation marks, dashes and spacing, and words left out with …', async () => {
    const cite = `      - guideline: video-meetings\n        section: sensitive-meetings-conduct\n        quote: "“Clean desk”  - ikke ta notater … makuleringsmaskin hjemme"\n        translation: { da: "x", sv: "y" }`;
    // The only problem left is the new rule's missing change note (tests/history/notes.test.ts).
    const problems = await problemsAfter({ [RULES]: withRule(cite) });
    expect(problems.filter((p) => !p.includes(' › changes[0].ruleset: the rules changed'))).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('refuses a verdict whose citation has no quote', async () => {
    const cite = `      - { guideline: video-meetings, section: teaching }`;
    expect(stable(await problemsAfter({ [RULES]: withRule(cite) }))).toMatchInlineSnapshot(`
      [
        "content/rules/lillehammer-kommune.yaml › rules[n] (test-rule).cite[0].quote: is missing: every verdict and practice carries the words it rests on. Hint: copy the decisive words from section "teaching" of content/guidelines/nb/lillehammer-kommune/video-meetings.mdx (in nb)",
      ]
    `);
  });

  it('requires the translation in both other languages, and refuses one in the source language', async () => {
    const cite = `      - guideline: video-meetings\n        section: teaching\n        quote: "${TEACHING}"\n        translation: { da: "Indtil videre …", nb: "Inntil videre …" }`;
    expect(stable(await problemsAfter({ [RULES]: withRule(cite) }))).toMatchInlineSnapshot(`
      [
        "content/rules/lillehammer-kommune.yaml › rules[n] (test-rule).cite[0].translation.sv: is missing: pages in this language show the quote translated. Hint: add translation: { da: "…", sv: "…" }",
        "content/rules/lillehammer-kommune.yaml › rules[n] (test-rule).cite[0].translation.nb: is the source's own language (nb): the quote itself is shown there. Hint: remove translation.nb",
      ]
    `);
  });
});

describe('coverage of normative sentences', () => {
  it('refuses a normative sentence that no rule quotes and no coverage file declares', async () => {
    const edit = replaceOnce(
      '<H3 id="teaching">Videomøte for gjennomføring av klasseundervisning med elever</H3>\n',
      '<H3 id="teaching">Videomøte for gjennomføring av klasseundervisning med elever</H3>\n\nOpptak av undervisningen skal slettes etter en uke.\n',
    );
    expect(stable(await problemsAfter({ [ORIGINAL]: edit }))).toMatchInlineSnapshot(`
      [
        "content/coverage/lillehammer-kommune.yaml › video-meetings#teaching (content/guidelines/nb/lillehammer-kommune/video-meetings.mdx:n): the normative sentence "Opptak av undervisningen skal slettes etter en uke." ("skal") is neither quoted nor declared informative. Hint: quote it in a rule or practice of content/rules/lillehammer-kommune.yaml, or add it under informative: with a reason",
      ]
    `);
  });

  it('accepts it once declared informative with a reason', async () => {
    const edit = replaceOnce(
      '<H3 id="teaching">Videomøte for gjennomføring av klasseundervisning med elever</H3>\n',
      '<H3 id="teaching">Videomøte for gjennomføring av klasseundervisning med elever</H3>\n\nOpptak av undervisningen skal slettes etter en uke.\n',
    );
    const declare = appendTo(
      '  - guideline: video-meetings\n    sentence: "Opptak av undervisningen skal slettes"\n    reason: "test"',
    );
    expect(await problemsAfter({ [ORIGINAL]: edit, [COVERAGE]: declare })).toEqual([]);
  });

  it('refuses a declaration that stands in no normative sentence, and one that a rule quotes', async () => {
    const declare = appendTo(
      `  - guideline: video-meetings\n    sentence: "Denne setningen finnes ikke"\n    reason: "test"\n  - guideline: video-meetings\n    sentence: "${TEACHING}"\n    reason: "test"`,
    );
    expect(stable(await problemsAfter({ [COVERAGE]: declare }))).toMatchInlineSnapshot(`
      [
        "content/coverage/lillehammer-kommune.yaml › informative[n]: "Inntil videre skal derfor ikke annen Teams-funksjonalitet benyttes for skole." is quoted by a rule or practice too. Hint: remove it from informative: the quote covers it",
        "content/coverage/lillehammer-kommune.yaml › informative[n]: "Denne setningen finnes ikke" stands in no normative sentence of the original "video-meetings". Hint: copy the words exactly from the original-language page, or remove the entry if the sentence is gone",
      ]
    `);
  });

  it('refuses a coverage entry without a reason, naming the field', async () => {
    const declare = appendTo(`  - guideline: video-meetings\n    sentence: "${TEACHING}"`);
    expect(stable(await problemsAfter({ [COVERAGE]: declare }))).toMatchInlineSnapshot(`
      [
        "content/coverage/lillehammer-kommune.yaml › informative[n].reason: is missing. Hint: add \`reason\` (string)",
      ]
    `);
  });
});
