'use client';
import { usePathname } from 'next/navigation';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { NavKey } from '@/lib/navigation';

export interface NavLinkItem {
  href: string;
  key: NavKey;
}

/** Marks the current section with aria-current; everything else is plain links. Messages: `Nav`. */
export function NavLinks({ items }: { items: NavLinkItem[] }) {
  const t = useTranslations('Nav');
  const pathname = usePathname();
  const current = items
    .filter((i) => pathname === i.href || pathname.startsWith(i.href))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={t('label')} className="no-print">
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              prefetch={false}
              aria-current={item === current ? 'page' : undefined}
              className="inline-block py-2 text-white no-underline hover:text-white hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2"
            >
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
