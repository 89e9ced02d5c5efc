'use client';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { switchLocalePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { basePath } from '@/lib/site';

export interface LocaleOption {
  locale: Locale;
  name: string;
}

/**
 * Links to the same page in the other languages. A client component only to learn the page's path
 * at build time (usePathname in the prerender); the HTML it renders is final. They work as plain
 * links; public/site.js (`locale-links`) makes them carry the query and fragment too (wizard
 * answers, search terms). Each language is named in itself (`options`); the label is
 * `LocaleSwitcher.label`.
 */
export function LocaleLinks({ options, current }: { options: LocaleOption[]; current: Locale }) {
  const label = useTranslations('LocaleSwitcher')('label');
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print" data-module="locale-links">
      <ul className="flex gap-3 text-sm">
        {options.map((o) => (
          <li key={o.locale}>
            <a
              href={`${basePath}${switchLocalePath(pathname, o.locale)}`}
              lang={o.locale}
              hrefLang={o.locale}
              aria-current={o.locale === current ? 'true' : undefined}
              className="inline-block py-2 text-white hover:text-white aria-[current=true]:font-bold aria-[current=true]:no-underline"
              data-locale-link={o.locale}
            >
              {o.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
