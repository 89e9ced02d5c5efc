/**
 * The search status line ("12 resultater for »teams«") without a message formatter in the browser.
 *
 * At build time the page renders the plural message once per form it can take (next-intl does the
 * rendering: `pluralForms`), with the count and the query as slots; the search script picks the form
 * for a count with the browser's own CLDR plural rules (`formFor`), the same ones ICU uses, and fills
 * the slots (`fillForm`). Nothing is substituted into a translated string by hand: a query such as
 * `$&` stays as typed. Pure, no DOM.
 */

/** A piece of a rendered message: its text, or a slot the script fills. */
export type MessagePart = string | { slot: 'count' | 'query' };
/** The message per form: `=0` (the count 0, which a message may word apart) and each CLDR category. */
export type PluralForms = Record<string, MessagePart[]>;

/** What the query slot holds while the message is rendered; never in a translation. */
const QUERY_MARK = '\u0000query\u0000';
/** Candidate counts for a category's sample: a large one first, as its digits are least likely elsewhere. */
const SAMPLES = [1234567, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 25, 101, 102, 111, 0.5, 1.5];

/**
 * Renders a message with a count and a query (e.g. `(count, query) => t('results', { count, query })`)
 * once for `=0` and once for each plural category of `locale`, and returns each as parts.
 * Throws when the count cannot be told apart in the rendered text (its digits appear twice).
 */
export function pluralForms(
  locale: string,
  render: (count: number, query: string) => string,
  name = 'message',
): PluralForms {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const samples: [string, number][] = [['=0', 0]];
  for (const category of rules.resolvedOptions().pluralCategories) {
    const sample = SAMPLES.find((n) => rules.select(n) === category);
    if (sample === undefined) throw new Error(`${name}: no sample count for the plural category "${category}".`);
    samples.push([category, sample]);
  }
  const forms: PluralForms = {};
  for (const [form, count] of samples) {
    const text = render(count, QUERY_MARK);
    const digits = number.format(count);
    const pieces = text.split(digits);
    if (pieces.length > 2) {
      throw new Error(
        `${name} (${locale}, ${form}): the count ${digits} appears more than once in "${text.replaceAll(QUERY_MARK, '{query}')}". Hint: write numbers other than the count in words.`,
      );
    }
    const parts: MessagePart[] = [];
    pieces.forEach((piece, i) => {
      if (i > 0) parts.push({ slot: 'count' });
      piece.split(QUERY_MARK).forEach((text, j) => {
        if (j > 0) parts.push({ slot: 'query' });
        if (text) parts.push(text);
      });
    });
    forms[form] = parts;
  }
  return forms;
}

/** The form for `count`: `=0` for none, otherwise the count's plural category (`other` if missing). */
export function formFor(forms: PluralForms, count: number, locale: string): MessagePart[] {
  if (count === 0 && forms['=0']) return forms['=0'];
  return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other ?? [];
}

/** The text of a form with its slots filled: the count as the page's language writes numbers. */
export function fillForm(parts: readonly MessagePart[], values: { count: number; query: string }, locale: string) {
  const count = new Intl.NumberFormat(locale).format(values.count);
  return parts.map((p) => (typeof p === 'string' ? p : p.slot === 'count' ? count : values.query)).join('');
}

/** The status text for `count` results of `query`. */
export function statusText(forms: PluralForms, count: number, query: string, locale: string): string {
  return fillForm(formFor(forms, count, locale), { count, query }, locale);
}
