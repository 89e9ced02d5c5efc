import type { ReactNode } from 'react';

/**
 * A checklist whose ticks public/site.js (`checklist`) keeps in localStorage (this browser only,
 * nothing is sent). Without JavaScript the boxes still tick; they are just not remembered, and the
 * reset button and its note stay hidden.
 */
export function ChecklistTicks({
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
  return (
    <div data-module="checklist" data-storage-key={storageKey}>
      {children}
      <div hidden data-checklist-controls className="no-print mt-2 flex flex-wrap items-center gap-3">
        <button type="button" className="button">
          {resetLabel}
        </button>
        <span className="text-sm text-slate-700">{note}</span>
      </div>
    </div>
  );
}
