import type { ReactNode } from 'react';

/**
 * A guideline's section heading with a visible link to itself (`#id`), for managers who link to one
 * section. Section ids are author-set and identical in every language, so /sv/…#recording and
 * /nb/…#recording point at the same section.
 *
 * The link comes after the heading, not inside it: the heading keeps its own name in a screen
 * reader's list of headings, and the link is named "Link to section: <heading>" (the visible "#"
 * is decoration). Left out of the search index and of printouts.
 */
export interface SectionLink {
  /** "Link to section" in the page's language, and that language (a fallback page's text is in another). */
  label: string;
  lang: string;
  /** The heading's text (from the guideline's outline), which the link's name repeats. */
  heading: string;
}

function SectionHeading({
  level,
  id,
  link,
  children,
}: {
  level: 2 | 3;
  id: string;
  link: SectionLink;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className={`section-heading section-heading-${level}`}>
      <Heading id={id}>{children}</Heading>
      <a href={`#${id}`} className="section-link no-print" data-section-link={id} data-pagefind-ignore="all">
        <span aria-hidden="true">#</span>
        <span className="sr-only">
          <span lang={link.lang}>{link.label}:</span> {link.heading}
        </span>
      </a>
    </div>
  );
}

export function H2(props: { id: string; link: SectionLink; children: ReactNode }) {
  return <SectionHeading level={2} {...props} />;
}
export function H3(props: { id: string; link: SectionLink; children: ReactNode }) {
  return <SectionHeading level={3} {...props} />;
}
