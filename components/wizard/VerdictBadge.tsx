import type { Verdict } from '@/lib/vocabulary';

const style: Record<Verdict, { icon: string; className: string }> = {
  recommended: { icon: '★', className: 'bg-emerald-800 text-white' },
  allowed: { icon: '✓', className: 'bg-emerald-100 text-emerald-900 ring-1 ring-emerald-700' },
  conditional: { icon: '!', className: 'bg-amber-100 text-amber-950 ring-1 ring-amber-700' },
  'not-allowed': { icon: '✕', className: 'bg-red-800 text-white' },
  'not-assessed': { icon: '?', className: 'bg-slate-100 text-slate-800 ring-1 ring-slate-500' },
};

/** The verdict in words and a symbol, never by colour alone. */
export function VerdictBadge({ verdict, label }: { verdict: Verdict; label: string }) {
  const s = style[verdict];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${s.className}`}
    >
      <span aria-hidden="true">{s.icon}</span>
      {label}
    </span>
  );
}
