'use client';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { parseNeeds } from '@/lib/wizard/answers';

/**
 * Reads `?needs=` on the static outcome page: marks the functions asked about, lists them first,
 * and carries them into the "change" link. Unknown values are dropped and never shown. Needs `Wizard.askedNeed`.
 */
export function AskedNeeds() {
  const askedLabel = useTranslations('Wizard')('askedNeed');
  useEffect(() => {
    const needs = parseNeeds(new URLSearchParams(window.location.search).getAll('needs'));
    const list = document.querySelector('[data-needs-list]');
    for (const need of [...needs].reverse()) {
      const item = document.querySelector<HTMLElement>(`[data-need="${need}"]`);
      if (!item) continue;
      item.dataset.asked = 'true';
      const mark = item.querySelector('[data-asked-mark]');
      if (mark) mark.textContent = askedLabel;
      if (list && item.parentElement === list) list.prepend(item);
    }
    const change = document.querySelector<HTMLAnchorElement>('[data-change="needs"]');
    if (change && needs.length) change.search = `?needs=${needs.join(',')}`;
    // A printout shows every verdict, the collapsed not-assessed group included.
    const openAll = () => document.querySelectorAll('details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', openAll);
    const answer = document.querySelector<HTMLElement>('[data-answer="needs"]');
    if (answer && needs.length) {
      answer.textContent = needs
        .map((n) => document.querySelector(`[data-need="${n}"] [data-need-label]`)?.textContent ?? n)
        .join(', ');
    }
    return () => window.removeEventListener('beforeprint', openAll);
  }, [askedLabel]);
  return null;
}
