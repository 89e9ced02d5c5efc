'use client';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Shown only with JavaScript; without it the browser's own print works the same. */
export function PrintButton({ label }: { label: string }) {
  if (!useHydrated()) return null;
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
