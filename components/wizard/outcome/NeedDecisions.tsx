import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { OutcomeView } from '@/lib/wizard/present';
import { needIds, type NeedId } from '@/lib/vocabulary';
import type { NeedsQuestionView } from '@/lib/wizard/question-view';
import { DecisionItem } from '../DecisionItem';
import { NeedsForm } from '../NeedsForm';
import { OutcomeSection } from './OutcomeSection';

/**
 * The functions question and every function's verdict. public/site.js (`asked-needs`) reads
 * `?needs=`, marks the functions asked about with `data-asked-label` and moves them to the top; it
 * reads only the ids in `data-need-order`.
 */
export async function NeedDecisions({
  locale,
  needs,
  question,
}: {
  locale: Locale;
  needs: OutcomeView['needs'];
  question: NeedsQuestionView & { action: string };
}) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return (
    <OutcomeSection id="needs" title={t('needsHeading')}>
      <NeedsForm locale={locale} question={question} />
      <ul
        data-needs-list
        data-module="asked-needs"
        data-need-order={needIds.join(',')}
        data-asked-label={t('askedNeed')}
      >
        {needs.map((d) => (
          <DecisionItem
            key={d.subject}
            decision={d}
            name={v(`need.${d.subject as NeedId}`)}
            hook="need"
            locale={locale}
            level={3}
          />
        ))}
      </ul>
    </OutcomeSection>
  );
}
