'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Keeps the ticks of one checklist in localStorage (this browser only, nothing is sent).
 * Without JavaScript the boxes still tick; they are just not remembered.
 */
export function ChecklistClient({
  storageKey,
  resetLabel,
  note,
  children,
}: {
  storageKey: string;
  resetLabel: string;
  note: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const boxes = () => [...(ref.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];

  useEffect(() => {
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
      if (Array.isArray(saved)) boxes().forEach((b, i) => (b.checked = saved[i] === true));
    } catch {
      /* storage unavailable or corrupt: start empty */
    }
    setReady(true);
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
    <div ref={ref} onChange={save} data-checklist-ready={ready ? 'true' : undefined}>
      {children}
      {ready && (
        <div className="no-print mt-2 flex flex-wrap items-center gap-3">
          <button type="button" className="button" onClick={reset}>
            {resetLabel}
          </button>
          <span className="text-sm text-slate-700">{note}</span>
        </div>
      )}
    </div>
  );
}
