/**
 * What a page shows for a citation: the link to the section, and the source's own words — in the
 * source's language, with the portal's translation where the page is in another language.
 */
import { isLocale, type Locale } from '@/lib/i18n/routing';
import type { Citation } from '@/lib/wizard/schema';
import { uniqueCitations } from '@/lib/wizard/engine';
import { citationTarget, getGuideline } from './queries';

export interface CitationView {
  key: string;
  href?: string;
  /** "Guideline title › Section title", in the page's language. */
  label: string;
  quote?: {
    text: string;
    /** The source's language: the `lang` of the quote. */
    lang: Locale;
    /** The portal's translation into the page's language, when that is not the source's. */
    translation?: string;
  };
}

export function citationView(locale: Locale, c: Citation): CitationView {
  const target = citationTarget(locale, c);
  const original = getGuideline(locale, c.guideline)?.doc.originalLanguage;
  const lang = original && isLocale(original) ? original : locale;
  return {
    key: `${c.guideline}#${c.section}`,
    href: target?.href,
    label: target ? `${target.guidelineTitle} › ${target.sectionTitle}` : `${c.guideline}#${c.section}`,
    quote: c.quote
      ? { text: c.quote, lang, translation: lang === locale ? undefined : c.translation?.[locale] }
      : undefined,
  };
}

/** Distinct citations (same section and words once), in first-seen order. */
export function citationViews(locale: Locale, citations: Citation[]): CitationView[] {
  return uniqueCitations(citations).map((c) => citationView(locale, c));
}
