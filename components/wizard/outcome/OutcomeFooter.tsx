import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { buildDate } from '@/lib/site';
import { AppLink } from '@/components/ui/AppLink';
import { PrintButton } from '../PrintButton';

/** The ruleset and date a printout was made from, then "Print" and "Start again". */
export async function OutcomeFooter({ locale, rulesetVersion }: { locale: Locale; rulesetVersion: string }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const format = await getFormatter({ locale });
  const date = format.dateTime(new Date(`${buildDate}T12:00:00Z`), { dateStyle: 'long' });
  return (
    <>
      <p className="mt-10 text-sm text-slate-700" data-ruleset={rulesetVersion}>
        {t('printed', { date, version: rulesetVersion })}
      </p>
      <p className="no-print mt-4 flex flex-wrap gap-4">
        <PrintButton label={t('print')} />
        <AppLink href={localePath(locale, 'wizard')} className="button">
          {t('startAgain')}
        </AppLink>
      </p>
    </>
  );
}
