/** Static params for every wizard page: 4 organisations × 6 purposes × 4 information classes. */
import { locales } from '@/lib/i18n/routing';
import { organisationIds, purposeIds, dataClassIds } from '@/lib/vocabulary';

export const organisationParams = () =>
  locales.flatMap((locale) => organisationIds.map((organisation) => ({ locale, organisation })));
export const purposeParams = () =>
  organisationParams().flatMap((p) => purposeIds.map((purpose) => ({ ...p, purpose })));
export const situationParams = () => purposeParams().flatMap((p) => dataClassIds.map((data) => ({ ...p, data })));
