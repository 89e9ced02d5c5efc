import type { Heading } from '@/lib/content/mdx-outline';

/** Nested list of h2/h3 links; ids are the stable section ids set by the authors. */
export function TableOfContents({ headings, label }: { headings: Heading[]; label: string }) {
  const sections = headings.reduce<{ h: Heading; children: Heading[] }[]>((acc, h) => {
    if (h.level === 2 || acc.length === 0) acc.push({ h, children: [] });
    else acc.at(-1)!.children.push(h);
    return acc;
  }, []);
  return (
    <nav aria-labelledby="toc-heading" className="no-print my-6 text-sm" data-pagefind-ignore="all">
      <h2 id="toc-heading" className="mb-2 text-base font-bold">
        {label}
      </h2>
      <ol className="list-decimal space-y-1 pl-5">
        {sections.map(({ h, children }) => (
          <li key={h.id}>
            <a href={`#${h.id}`}>{h.text}</a>
            {children.length > 0 && (
              <ol className="mt-1 list-[lower-alpha] space-y-1 pl-5">
                {children.map((c) => (
                  <li key={c.id}>
                    <a href={`#${c.id}`}>{c.text}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
