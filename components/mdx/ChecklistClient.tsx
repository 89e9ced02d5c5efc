'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * Keeps the ticks of one checklist in localStorage (this browser only, nothing is sent).
 * Without JavaScript the boxes still tick; they are just not remembered.
 * Messages: `Content.checklistReset`, `Content.checklistNote`.
 */
export function ChecklistClient({ storageKey, children }: { storageKey: string; children: ReactNode }) {
  const t = useTranslations('Content');
  const ref = useRef<HTMLDivElement>(null);
  const ready = useHydrated();
  const boxes = () => [...(ref.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];

  useEffect(() => {
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
      if (Array.isArray(saved)) boxes().forEach((b, i) => (b.checked = saved[i] === true));
    } catch {
      /* storage unavailable or corrupt: start empty */
    }
    // Tells tests (and anyone curious) that saved ticks have been restored.
    if (ref.current) ref.current.dataset.checklistReady = 'true';
  }, [storageKey]);

  const save = () => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(boxes().map((b) => b.checked)));
    } catch {
      /* private mode: ticks simply are not remembered */
    }
  };
  const reset = () => {
    boxes().forEach((b) => (b.checked = false));
    localStorage.removeItem(storageKey);
    boxes()[0]?.focus();
  };

  return (
    <div ref={ref} onChange={save}>
      {children}
      {ready && (
        <div className="no-print mt-2 flex flex-wrap items-center gap-3">
          <button type="button" className="button" onClick={reset}>
            {t('checklistReset')}
          </button>
          <span className="text-sm text-slate-700">{t('checklistNote')}</span>
        </div>
      )}
    </div>
  );
}
