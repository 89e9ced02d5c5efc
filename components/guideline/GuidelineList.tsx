import type { Locale } from '@/lib/i18n/routing';
import type { Resolved } from '@/lib/content/resolve';
import type { Guideline } from '@/lib/content/queries';
import { localePath } from '@/lib/i18n/paths';
import { AppLink } from '@/components/ui/AppLink';

/** An organisation's guidelines as shown in `locale`: title and summary. */
export function GuidelineList({ locale, guidelines }: { locale: Locale; guidelines: Resolved<Guideline>[] }) {
  return (
    <ul className="mt-2 space-y-3">
      {guidelines.map(({ doc }) => (
        <li key={doc.slug}>
          <AppLink href={localePath(locale, 'guidelines', doc.organisation, doc.slug)} className="font-semibold">
            {doc.title}
          </AppLink>
          <p className="text-slate-700">{doc.summary}</p>
        </li>
      ))}
    </ul>
  );
}
