import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { OutcomeView } from '@/lib/wizard/present';
import { DecisionItem } from '../DecisionItem';
import { OutcomeSection } from './OutcomeSection';

/** Every tool's verdict, grouped by verdict; the tools the guidelines do not assess folded away. */
export async function ToolDecisions({ locale, groups }: { locale: Locale; groups: OutcomeView['toolGroups'] }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return (
    <OutcomeSection id="tools" title={t('toolsHeading')}>
      {groups.map(({ verdict, items }) => {
        const rendered = (
          <ul>
            {items.map((d) => (
              <DecisionItem key={d.subject} decision={d} name={d.name!} hook="tool" locale={locale} />
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
    </OutcomeSection>
  );
}
