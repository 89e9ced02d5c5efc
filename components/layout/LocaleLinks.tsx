'use client';
import { useEffect, useState } from 'react';
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
 * Links to the same page in the other languages. They work as plain links without JavaScript;
 * with JavaScript they also carry the query and fragment (wizard answers, search terms).
 * Each language is named in itself (`options`); the label is `LocaleSwitcher.label`.
 */
export function LocaleLinks({ options, current }: { options: LocaleOption[]; current: Locale }) {
  const label = useTranslations('LocaleSwitcher')('label');
  const pathname = usePathname();
  const [suffix, setSuffix] = useState('');
  useEffect(() => {
    const update = () => setSuffix(window.location.search + window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, [pathname]);
  return (
    <nav aria-label={label} className="no-print">
      <ul className="flex gap-3 text-sm">
        {options.map((o) => (
          <li key={o.locale}>
            <a
              href={`${basePath}${switchLocalePath(pathname, o.locale)}${suffix}`}
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
