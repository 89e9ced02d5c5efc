/**
 * Shapes an outcome for reading: verdict groups in display order, the facts the summary line is
 * made of, and the view data the outcome and tool pages render (names, links, citation views, texts
 * in the page's language). The wording lives in the messages.
 */
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { citationViews, type CitationView } from '@/lib/content/citation-view';
import { getGuidelinesOf, getOrganisation, toolName } from '@/lib/content/queries';
import { isOverdue } from '@/lib/content/resolve';
import { buildDate } from '@/lib/site';
import type { Decision, Outcome, Situation } from './engine';
import type { ToolInOrganisation } from './matrix';
import type { NeedId, ToolId, Verdict } from '@/lib/vocabulary';

export interface OutcomeSummary {
  recommended: Decision<ToolId>[];
  allowed: Decision<ToolId>[];
  conditional: Decision<ToolId>[];
  forbiddenNeeds: Decision<NeedId>[];
}

/** Reading order on an outcome page: what you may use, what you must not, then what is undecided. */
const displayOrder: Verdict[] = ['recommended', 'allowed', 'conditional', 'not-allowed', 'not-assessed'];

export function groupByVerdict<T extends { verdict: Verdict }>(decisions: T[]): { verdict: Verdict; items: T[] }[] {
  return displayOrder
    .map((verdict) => ({ verdict, items: decisions.filter((d) => d.verdict === verdict) }))
    .filter((g) => g.items.length > 0);
}

export function summarise(outcome: Outcome): OutcomeSummary {
  const tools = (v: Verdict) => outcome.tools.filter((t) => t.verdict === v);
  return {
    recommended: tools('recommended'),
    allowed: tools('allowed'),
    conditional: tools('conditional'),
    forbiddenNeeds: outcome.needs.filter((n) => n.verdict === 'not-allowed'),
  };
}

/** A tool's or a function's decision as a page shows it. */
export interface DecisionView<Subject extends string = string> {
  subject: Subject;
  verdict: Verdict;
  /** Tools: the tool's name; functions are named from the messages. */
  name?: string;
  href?: string;
  conditions: string[];
  citations: CitationView[];
}

export function decisionView<S extends string>(locale: Locale, d: Decision<S>, name?: string): DecisionView<S> {
  return {
    subject: d.subject,
    verdict: d.verdict,
    name,
    conditions: d.conditions.map((c) => c[locale]),
    citations: citationViews(locale, d.citations),
  };
}

/** The summary's facts, tools by name: one line each in the "In short" box. */
export function summaryView(outcome: Outcome, locale: Locale) {
  const s = summarise(outcome);
  const names = (ds: Decision<ToolId>[]) => ds.map((d) => toolName(d.subject));
  return {
    use: names(s.recommended),
    allowed: names(s.allowed),
    /** Conditional tools with a short sentence of their own… */
    conditionalShort: s.conditional.flatMap((d) => (d.short ? [{ subject: d.subject, text: d.short[locale] }] : [])),
    /** …and those without, named in one line. */
    conditional: names(s.conditional.filter((d) => !d.short)),
    noTool: s.recommended.length + s.allowed.length + s.conditional.length === 0,
    forbiddenNeeds: s.forbiddenNeeds.map((d) => d.subject),
  };
}
export type SummaryView = ReturnType<typeof summaryView>;

/** The organisation's guidelines with their review dates: the outcome's sources. */
function sourcesView(organisation: string, locale: Locale) {
  return getGuidelinesOf(organisation, locale).map(({ doc }) => ({
    slug: doc.slug,
    title: doc.title,
    href: localePath(locale, 'guidelines', organisation, doc.slug),
    version: doc.version,
    owner: doc.owner,
    lastReviewed: doc.lastReviewed,
    nextReview: doc.nextReview,
    overdue: isOverdue(doc.nextReview, buildDate),
  }));
}

/** Everything an outcome page shows, in the page's language (functions' names come from the messages). */
export function outcomeView(outcome: Outcome, locale: Locale) {
  const { organisation } = outcome.situation;
  const tool = (d: Decision<ToolId>) => ({
    ...decisionView(locale, d, toolName(d.subject)),
    href: localePath(locale, 'tools', d.subject),
  });
  return {
    situation: outcome.situation,
    summary: summaryView(outcome, locale),
    toolGroups: groupByVerdict(outcome.tools.map(tool)),
    needs: outcome.needs.map((d) => decisionView(locale, d)),
    practices: outcome.practices.map((p) => ({
      id: p.id,
      text: p.text[locale],
      citations: citationViews(locale, p.cite),
    })),
    contacts: getOrganisation(organisation)!.contacts.map((c) => ({ label: c.label[locale], value: c.value })),
    sources: sourcesView(organisation, locale),
  };
}
export type OutcomeView = ReturnType<typeof outcomeView>;

/** One organisation's section on a tool page: per verdict, its situations, conditions and passages. */
export function toolVerdictGroups(view: ToolInOrganisation, locale: Locale) {
  const decided = view.situations.filter((s) => s.decision.verdict !== 'not-assessed');
  const groups = groupByVerdict(decided.map((s) => ({ ...s.decision, situation: s.situation })));
  return groups.map(({ verdict, items }) => ({
    verdict,
    situations: items.map((d): Situation => d.situation),
    /** Each condition once, in the page's language. */
    conditions: [...new Set(items.flatMap((d) => d.conditions.map((c) => c[locale])))],
    citations: citationViews(
      locale,
      items.flatMap((d) => d.citations),
    ),
  }));
}

/** Every situation, for generateStaticParams and the decision tables. */
export { purposeIds, dataClassIds } from '@/lib/vocabulary';
export { organisationIds } from '@/lib/organisations';
