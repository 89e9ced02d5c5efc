import { AppLink } from '@/components/ui/AppLink';
import { messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

export function OtherLanguages({
  available,
  path,
  label,
}: {
  locale: Locale;
  available: Locale[];
  path: (l: Locale) => string;
  label: string;
}) {
  if (available.length === 0) return null;
  return (
    <nav aria-label={label} className="no-print my-4 text-sm" data-pagefind-ignore="all">
      <span className="font-semibold">{label}:</span>{' '}
      {available.map((l, i) => (
        <span key={l}>
          {i > 0 && ' · '}
          <AppLink href={path(l)} hrefLang={l} lang={l} data-other-language={l}>
            {messages[l].Site.languageName}
          </AppLink>
        </span>
      ))}
    </nav>
  );
}
