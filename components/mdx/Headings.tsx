import type { ReactNode } from 'react';

// Section headings carry author-set ids, identical in every language, so citations like
// /sv/…#recording and /nb/…#recording point at the same section.
export function H2({ id, children }: { id: string; children: ReactNode }) {
  return <h2 id={id}>{children}</h2>;
}
export function H3({ id, children }: { id: string; children: ReactNode }) {
  return <h3 id={id}>{children}</h3>;
}
