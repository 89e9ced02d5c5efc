import type { HTMLAttributes, ReactNode } from 'react';

/** A part of the outcome page: a section named by its `h2` (`{id}-heading`). */
export function OutcomeSection({
  id,
  title,
  children,
  ...attributes
}: { id: string; title: string; children: ReactNode } & HTMLAttributes<HTMLElement>) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10" {...attributes}>
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
