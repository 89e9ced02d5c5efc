import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { OutcomeView } from '@/lib/wizard/present';

/** Whom to ask when the guidelines do not settle the question. */
export async function Contacts({ locale, contacts }: { locale: Locale; contacts: OutcomeView['contacts'] }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <section aria-labelledby="contacts-heading" className="mt-10">
      <h2 id="contacts-heading" className="text-2xl font-bold">
        {t('contactsHeading')}
      </h2>
      <p className="mt-2">{t('contactsIntro')}</p>
      <dl className="mt-2 space-y-2">
        {contacts.map((c) => (
          <div key={c.value}>
            <dt className="font-semibold">{c.label}</dt>
            <dd>{c.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
