import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { OutcomeView } from '@/lib/wizard/present';
import { Citations } from '../Citations';
import { OutcomeSection } from './OutcomeSection';

/** What the source also says about the situation, each with its passages. */
export async function Practices({ locale, practices }: { locale: Locale; practices: OutcomeView['practices'] }) {
  if (practices.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <OutcomeSection id="practices" title={t('practicesHeading')} data-practices>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        {practices.map((p) => (
          <li key={p.id} data-practice={p.id}>
            {p.text}
            <Citations locale={locale} citations={p.citations} />
          </li>
        ))}
      </ul>
    </OutcomeSection>
  );
}
