import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { Organisation } from '@/lib/content/schema';
import type { VerdictCounts } from '@/lib/wizard/matrix';
import type { toolVerdictGroups } from '@/lib/wizard/present';
import { AppLink } from '@/components/ui/AppLink';
import { Citations } from '@/components/wizard/Citations';
import { VerdictCountsView } from './VerdictCountsView';

/** One organisation's view of a tool: its status, and in which situations it gets which verdict. */
export async function ToolInOrganisationSection({
  locale,
  organisation,
  counts,
  groups,
}: {
  locale: Locale;
  organisation: Organisation;
  counts: VerdictCounts;
  groups: ReturnType<typeof toolVerdictGroups>;
}) {
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return (
    <section
      id={organisation.id}
      aria-labelledby={`${organisation.id}-heading`}
      className="mt-6 rounded border border-slate-300 p-4"
      data-org-section={organisation.id}
      data-recommended={counts.recommended}
      data-allowed={counts.allowed}
      data-conditional={counts.conditional}
      data-not-allowed={counts['not-allowed']}
      data-not-assessed={counts['not-assessed']}
    >
      <h3 id={`${organisation.id}-heading`} className="text-xl font-semibold">
        {organisation.name[locale]}
      </h3>
      {/* Never one "overall" verdict: it would hide a prohibition in some of the situations. */}
      <div className="mt-1" data-pagefind-ignore>
        <span className="font-semibold">{t('status')}:</span> <VerdictCountsView locale={locale} counts={counts} />
      </div>
      {groups.length === 0 && <p className="mt-2">{t('noSituations', { contact: organisation.contacts[0]!.value })}</p>}
      {groups.map(({ verdict, situations, conditions, citations }) => (
        <div key={verdict} className="mt-4" data-verdict-group={verdict}>
          <h4 className="font-semibold" data-pagefind-ignore>
            {v(`verdict.${verdict}`)}
          </h4>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-pagefind-ignore>
            {situations.map((s) => (
              <li key={`${s.purpose}/${s.data}`}>
                <AppLink
                  href={localePath(locale, 'wizard', s.organisation, s.purpose, s.data)}
                  className="inline-block py-1"
                >
                  {v(`purpose.${s.purpose}.label`)} · {v(`data.${s.data}.label`)}
                </AppLink>
              </li>
            ))}
          </ul>
          {conditions.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {conditions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
          {/* The guidelines' own words: search finds them on the guideline, where they answer. */}
          <div data-pagefind-ignore="all">
            <Citations locale={locale} citations={citations} />
          </div>
        </div>
      ))}
    </section>
  );
}
