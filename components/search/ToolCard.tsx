import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { ToolCardData } from '@/lib/search/tool-cards';

/**
 * A tool's counts in each organisation, rendered at build time. The search page keeps every card in
 * a `<template>`; its script (components/search/search.ts) shows the cards a query names, matched on
 * `data-names` with `matchTools`.
 */
export async function ToolCard({ card, locale }: { card: ToolCardData; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const counts = await getTranslations({ locale, namespace: 'Tools.countsIn' });
  const format = await getFormatter({ locale });
  return (
    <section
      aria-label={t('toolCard', { tool: card.name })}
      className="mt-4 rounded border-2 border-brand-700 bg-brand-50 p-4"
      data-tool-card={card.id}
      data-names={JSON.stringify(card.names)}
    >
      <h2 className="text-lg font-bold">{card.name}</h2>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {card.statuses.map((s) => (
          <li key={s.organisation} data-org={s.organisation} data-status={s.verdict}>
            {s.organisationName}:{' '}
            <strong>
              {format.list(
                s.counts.map(({ verdict, count }) => counts(verdict, { count })),
                { type: 'conjunction' },
              )}
            </strong>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <a href={card.href}>{t('toolCardLink', { tool: card.name })}</a>
      </p>
    </section>
  );
}
