'use client';
import { usePathname } from 'next/navigation';
import Link from 'next/link';

export interface NavLinkItem {
  href: string;
  label: string;
}

/** Marks the current section with aria-current; everything else is plain links. */
export function NavLinks({ items, label }: { items: NavLinkItem[]; label: string }) {
  const pathname = usePathname();
  const current = items
    .filter((i) => pathname === i.href || pathname.startsWith(i.href))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={label} className="no-print">
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              prefetch={false}
              aria-current={item === current ? 'page' : undefined}
              className="inline-block py-2 text-white no-underline hover:text-white hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
