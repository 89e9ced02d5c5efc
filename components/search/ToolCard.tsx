'use client';
import { useFormatter, useTranslations } from 'next-intl';
import type { ToolCardData } from '@/lib/search/tool-cards';

/** Shown above the results when the query names a tool: its counts in each organisation. */
export function ToolCard({ card }: { card: ToolCardData }) {
  const t = useTranslations('Search');
  const counts = useTranslations('Tools.countsIn');
  const format = useFormatter();
  return (
    <section
      aria-label={t('toolCard', { tool: card.name })}
      className="mt-4 rounded border-2 border-brand-700 bg-brand-50 p-4"
      data-tool-card={card.id}
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
