import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { getGuidelinesOf } from '@/lib/content/queries';
import { AppLink } from '@/components/ui/AppLink';

/** An organisation's guidelines as shown in `locale`: title and summary. */
export function GuidelineList({ locale, organisation }: { locale: Locale; organisation: string }) {
  return (
    <ul className="mt-2 space-y-3">
      {getGuidelinesOf(organisation, locale).map(({ doc }) => (
        <li key={doc.slug}>
          <AppLink href={localePath(locale, 'guidelines', organisation, doc.slug)} className="font-semibold">
            {doc.title}
          </AppLink>
          <p className="text-slate-700">{doc.summary}</p>
        </li>
      ))}
    </ul>
  );
}
