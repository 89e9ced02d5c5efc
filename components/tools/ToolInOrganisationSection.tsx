import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { Organisation } from '@/lib/content/schema';
import type { ToolInOrganisation } from '@/lib/wizard/matrix';
import { groupByVerdict } from '@/lib/wizard/present';
import { citationViews } from '@/lib/content/citation-view';
import { AppLink } from '@/components/ui/AppLink';
import { Citations } from '@/components/wizard/Citations';
import { VerdictCountsView } from './VerdictCountsView';

/** One organisation's view of a tool: its status, and in which situations it gets which verdict. */
export async function ToolInOrganisationSection({
  locale,
  organisation,
  view,
}: {
  locale: Locale;
  organisation: Organisation;
  view: ToolInOrganisation;
}) {
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const w = await getTranslations({ locale, namespace: 'Wizard' });
  const decided = view.situations.filter((s) => s.decision.verdict !== 'not-assessed');
  const groups = groupByVerdict(decided.map((s) => ({ ...s.decision, situation: s.situation })));
  return (
    <section
      id={organisation.id}
      aria-labelledby={`${organisation.id}-heading`}
      className="mt-6 rounded border border-slate-300 p-4"
      data-org-section={organisation.id}
      data-recommended={view.counts.recommended}
      data-allowed={view.counts.allowed}
      data-conditional={view.counts.conditional}
      data-not-allowed={view.counts['not-allowed']}
      data-not-assessed={view.counts['not-assessed']}
    >
      <h3 id={`${organisation.id}-heading`} className="text-xl font-semibold">
        {organisation.name[locale]}
      </h3>
      {/* Never one "overall" verdict: it would hide a prohibition in some of the situations. */}
      <div className="mt-1">
        <span className="font-semibold">{t('status')}:</span> <VerdictCountsView locale={locale} counts={view.counts} />
      </div>
      {groups.length === 0 && <p className="mt-2">{t('noSituations', { contact: organisation.contacts[0]!.value })}</p>}
      {groups.map(({ verdict, items }) => {
        const conditions = [...new Map(items.flatMap((d) => d.conditions).map((c) => [c[locale], c])).values()];
        const citations = citationViews(
          locale,
          items.flatMap((d) => d.citations),
        );
        return (
          <div key={verdict} className="mt-4" data-verdict-group={verdict}>
            <h4 className="font-semibold">{v(`verdict.${verdict}`)}</h4>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {items.map(({ situation }) => (
                <li key={`${situation.purpose}/${situation.data}`}>
                  <AppLink
                    href={localePath(locale, 'wizard', situation.organisation, situation.purpose, situation.data)}
                    className="inline-block py-1"
                  >
                    {v(`purpose.${situation.purpose}.label`)} · {v(`data.${situation.data}.label`)}
                  </AppLink>
                </li>
              ))}
            </ul>
            {conditions.length > 0 && (
              <ul className="mt-2 list-disc pl-5">
                {conditions.map((c) => (
                  <li key={c[locale]}>{c[locale]}</li>
                ))}
              </ul>
            )}
            <Citations citations={citations} labels={{ basis: w('basis'), translation: w('quoteTranslation') }} />
          </div>
        );
      })}
    </section>
  );
}
