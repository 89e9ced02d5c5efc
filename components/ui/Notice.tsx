import type { ReactNode } from 'react';

export type NoticeKind = 'note' | 'warning' | 'recommendation' | 'example' | 'caution';

/** A boxed message. `label` is read out first so the kind is not conveyed by colour alone. */
export function Notice({
  kind,
  label,
  title,
  children,
  role,
}: {
  kind: NoticeKind;
  label?: string;
  title?: ReactNode;
  children: ReactNode;
  role?: 'status' | 'note';
}) {
  return (
    <div className={`notice notice-${kind} not-prose`} role={role ?? 'note'} data-notice={kind}>
      {(label || title) && (
        <p className="mb-2 font-bold">
          {label && <span>{label}</span>}
          {label && title ? ': ' : ''}
          {title}
        </p>
      )}
      <div className="prose prose-slate max-w-none prose-p:my-2">{children}</div>
    </div>
  );
}
