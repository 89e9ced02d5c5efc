import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { OutcomeView } from '@/lib/wizard/present';
import { OutcomeSection } from './OutcomeSection';

/** Whom to ask when the guidelines do not settle the question. */
export async function Contacts({ locale, contacts }: { locale: Locale; contacts: OutcomeView['contacts'] }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <OutcomeSection id="contacts" title={t('contactsHeading')}>
      <p className="mt-2">{t('contactsIntro')}</p>
      <dl className="mt-2 space-y-2">
        {contacts.map((c) => (
          <div key={c.value}>
            <dt className="font-semibold">{c.label}</dt>
            <dd>{c.value}</dd>
          </div>
        ))}
      </dl>
    </OutcomeSection>
  );
}
