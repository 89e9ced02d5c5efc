import type { ReactNode } from 'react';
import { createTranslator } from 'next-intl';
import { AppLink } from '@/components/ui/AppLink';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { messages } from '@/lib/i18n/messages';
import { Notice, type NoticeKind } from '@/components/ui/Notice';
import { sectionNames, type Heading } from '@/lib/content/mdx-outline';
import { H2, H3, type SectionLink } from './Headings';
import { ChecklistTicks } from './Checklist';

/**
 * The components a guideline's MDX may use (docs/content-format.md), bound to the page's
 * locale, guideline and owner. Server components only: the checklist's memory is public/site.js.
 */
export function contentComponents({
  locale,
  pageKey,
  owner,
  headings,
}: {
  locale: Locale;
  pageKey: string;
  owner: string;
  /** The guideline's section headings (its outline): their text names each heading's link. */
  headings: readonly Heading[];
}) {
  // MDX components render synchronously: a translator over the locale's messages, no request needed.
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Content' });
  const labels: Record<NoticeKind, string> = {
    note: t('noteLabel'),
    warning: t('warningLabel'),
    recommendation: t('recommendationLabel'),
    example: t('exampleLabel'),
    caution: t('warningLabel'),
  };
  const names = sectionNames(headings);
  const link = (id: string): SectionLink => ({ label: t('sectionLink'), lang: locale, heading: names.get(id) ?? id });
  return {
    H2: ({ id, children }: { id: string; children: ReactNode }) => (
      <H2 id={id} link={link(id)}>
        {children}
      </H2>
    ),
    H3: ({ id, children }: { id: string; children: ReactNode }) => (
      <H3 id={id} link={link(id)}>
        {children}
      </H3>
    ),
    // Site links written in Markdown (`[original](/da/…)`) must follow the base path too.
    a: ({ href = '', children }: { href?: string; children: ReactNode }) =>
      href.startsWith('/') ? <AppLink href={href}>{children}</AppLink> : <a href={href}>{children}</a>,
    Callout: ({ kind = 'note', title, children }: { kind?: NoticeKind; title?: string; children: ReactNode }) => (
      <Notice kind={kind} label={title ? undefined : labels[kind]} title={title}>
        {children}
      </Notice>
    ),
    Checklist: ({ id, title, children }: { id: string; title?: string; children: ReactNode }) => (
      <section aria-label={title} className="not-prose my-4 rounded border border-slate-300 p-4" data-checklist={id}>
        {title && <p className="mb-2 font-bold">{title}</p>}
        <ChecklistTicks
          storageKey={`checklist:${pageKey}:${id}`}
          resetLabel={t('checklistReset')}
          note={t('checklistNote')}
        >
          <ul className="space-y-2">{children}</ul>
        </ChecklistTicks>
      </section>
    ),
    Check: ({ children }: { children: ReactNode }) => (
      <li>
        <label className="flex items-start gap-3">
          <input type="checkbox" className="mt-1 size-5 shrink-0 accent-brand-700" />
          <span>{children}</span>
        </label>
      </li>
    ),
    Steps: ({ children }: { children: ReactNode }) => <div className="steps">{children}</div>,
    Definitions: ({ children }: { children: ReactNode }) => <dl>{children}</dl>,
    Definition: ({ term, children }: { term: string; children: ReactNode }) => (
      <>
        <dt className="font-bold">{term}</dt>
        <dd className="mb-3 ml-4">{children}</dd>
      </>
    ),
    Missing: () => (
      <Notice kind="caution" title={t('missingTitle')}>
        <p>{t('missing', { contact: owner })}</p>
      </Notice>
    ),
    LostLink: ({ children }: { children: ReactNode }) => (
      <span data-lost-link>
        {children} <span className="text-sm text-slate-700">({t('lostLink')})</span>
      </span>
    ),
    Term: ({ id, children }: { id: string; children: ReactNode }) => (
      <AppLink href={`${localePath(locale, 'glossary')}#term-${id}`} data-term={id}>
        {children}
      </AppLink>
    ),
    Tool: ({ id, children }: { id: string; children: ReactNode }) => (
      <AppLink href={localePath(locale, 'tools', id)} data-tool-link={id}>
        {children}
      </AppLink>
    ),
  };
}
