import { getTranslations, getFormatter } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { Outcome as OutcomeData } from '@/lib/wizard/engine';
import { groupByVerdict, summarise } from '@/lib/wizard/present';
import { getOrganisation, getGuidelinesOf, toolName } from '@/lib/content/queries';
import { isOverdue } from '@/lib/content/resolve';
import { buildDate } from '@/lib/site';
import { AppLink } from '@/components/ui/AppLink';
import { Notice } from '@/components/ui/Notice';
import { DecisionItem } from './DecisionItem';
import { Citations } from './Citations';
import { citationViews } from '@/lib/content/citation-view';
import { AnswersList } from './AnswersList';
import { AskedNeeds } from './AskedNeeds';
import { PrintButton } from './PrintButton';

export async function Outcome({
  outcome,
  locale,
  rulesetVersion,
}: {
  outcome: OutcomeData;
  locale: Locale;
  rulesetVersion: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const tg = await getTranslations({ locale, namespace: 'Guideline' });
  const format = await getFormatter({ locale });
  const { organisation } = outcome.situation;
  const org = getOrganisation(organisation)!;
  const summary = summarise(outcome);
  const list = (items: string[]) => format.list(items, { type: 'conjunction' });
  const labels = (verdict: string) => ({
    verdict: v(`verdict.${verdict}` as 'verdict.allowed'),
    conditions: t('conditions'),
    basis: t('basis'),
    translation: t('quoteTranslation'),
  });
  const citationLabels = { basis: t('basis'), translation: t('quoteTranslation') };
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: 'long' });
  const toolGroups = groupByVerdict(outcome.tools);

  return (
    <div
      data-outcome
      data-organisation={organisation}
      data-purpose={outcome.situation.purpose}
      data-data={outcome.situation.data}
    >
      <h1 className="text-3xl font-bold">{t('outcomeTitle')}</h1>

      <section
        aria-labelledby="summary-heading"
        className="mt-6 rounded border-2 border-brand-700 bg-brand-50 p-4"
        data-summary
      >
        <h2 id="summary-heading" className="text-xl font-bold">
          {t('summary')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-lg">
          {summary.recommended.length > 0 && (
            <li>{t('summaryUse', { tools: list(summary.recommended.map((d) => toolName(d.subject))) })}</li>
          )}
          {summary.allowed.length > 0 && (
            <li>{t('summaryAllowed', { tools: list(summary.allowed.map((d) => toolName(d.subject))) })}</li>
          )}
          {summary.conditional
            .filter((d) => d.short)
            .map((d) => (
              <li key={d.subject}>{d.short![locale]}.</li>
            ))}
          {summary.conditional.some((d) => !d.short) && (
            <li>
              {t('summaryConditional', {
                tools: list(summary.conditional.filter((d) => !d.short).map((d) => toolName(d.subject))),
              })}
            </li>
          )}
          {summary.recommended.length + summary.allowed.length + summary.conditional.length === 0 && (
            <li>{t('summaryNoTool')}</li>
          )}
          {summary.forbiddenNeeds.length > 0 && (
            <li>{t('summaryNeedsNot', { needs: list(summary.forbiddenNeeds.map((d) => v(`need.${d.subject}`))) })}</li>
          )}
        </ul>
      </section>

      <AnswersList situation={outcome.situation} locale={locale} />

      <section aria-labelledby="tools-heading" className="mt-10">
        <h2 id="tools-heading" className="text-2xl font-bold">
          {t('toolsHeading')}
        </h2>
        {toolGroups.map(({ verdict, items }) => {
          const rendered = (
            <ul>
              {items.map((d) => (
                <DecisionItem
                  key={d.subject}
                  decision={d}
                  name={toolName(d.subject)}
                  hook="tool"
                  locale={locale}
                  labels={labels(verdict)}
                  href={localePath(locale, 'tools', d.subject)}
                />
              ))}
            </ul>
          );
          return verdict === 'not-assessed' ? (
            <details key={verdict} className="mt-6" data-not-assessed-group>
              <summary className="cursor-pointer text-lg font-semibold">
                <h3 className="inline">{t('notAssessedGroup', { count: items.length })}</h3>
              </summary>
              <p className="mt-2 text-slate-700">{t('notAssessedExplained')}</p>
              {rendered}
            </details>
          ) : (
            <section key={verdict} className="mt-6" aria-labelledby={`group-${verdict}`}>
              <h3 id={`group-${verdict}`} className="text-xl font-semibold">
                {v(`verdict.${verdict}`)}
              </h3>
              {rendered}
            </section>
          );
        })}
      </section>

      <section aria-labelledby="needs-heading" className="mt-10">
        <h2 id="needs-heading" className="text-2xl font-bold">
          {t('needsHeading')}
        </h2>
        <ul data-needs-list>
          {outcome.needs.map((d) => (
            <DecisionItem
              key={d.subject}
              decision={d}
              name={v(`need.${d.subject}`)}
              hook="need"
              locale={locale}
              labels={labels(d.verdict)}
              level={3}
            />
          ))}
        </ul>
      </section>

      {outcome.practices.length > 0 && (
        <section aria-labelledby="practices-heading" className="mt-10" data-practices>
          <h2 id="practices-heading" className="text-2xl font-bold">
            {t('practicesHeading')}
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-5">
            {outcome.practices.map((p) => (
              <li key={p.id} data-practice={p.id}>
                {p.text[locale]}
                <Citations citations={citationViews(locale, p.cite)} labels={citationLabels} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="contacts-heading" className="mt-10">
        <h2 id="contacts-heading" className="text-2xl font-bold">
          {t('contactsHeading')}
        </h2>
        <p className="mt-2">{t('contactsIntro')}</p>
        <dl className="mt-2 space-y-2">
          {org.contacts.map((c) => (
            <div key={c.value}>
              <dt className="font-semibold">{c.label[locale]}</dt>
              <dd>{c.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="sources-heading" className="mt-10">
        <h2 id="sources-heading" className="text-2xl font-bold">
          {t('sourcesHeading')}
        </h2>
        <ul className="mt-2 space-y-3">
          {getGuidelinesOf(organisation, locale).map(({ doc }) => (
            <li key={doc.slug}>
              <AppLink href={localePath(locale, 'guidelines', organisation, doc.slug)}>{doc.title}</AppLink>
              <span className="block text-sm text-slate-700">
                {tg('version')}: {doc.version} · {tg('lastReviewed')}: {date(doc.lastReviewed)} · {tg('nextReview')}:{' '}
                {date(doc.nextReview)}
              </span>
              {isOverdue(doc.nextReview, buildDate) && (
                <Notice kind="caution" title={tg('overdueTitle')}>
                  <p>{tg('overdue', { date: date(doc.nextReview), owner: doc.owner })}</p>
                </Notice>
              )}
            </li>
          ))}
        </ul>
      </section>

      <p className="mt-10 text-sm text-slate-700" data-ruleset={rulesetVersion}>
        {t('printed', { date: date(buildDate), version: rulesetVersion })}
      </p>
      <p className="no-print mt-4 flex flex-wrap gap-4">
        <PrintButton label={t('print')} />
        <AppLink href={localePath(locale, 'wizard')} className="button">
          {t('startAgain')}
        </AppLink>
      </p>
      <AskedNeeds askedLabel={t('askedNeed')} />
    </div>
  );
}
