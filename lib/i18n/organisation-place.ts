/** Where an organisation is, in words of `locale`: for grouping lists of organisations (lib/organisation-groups.ts). */
import { getTranslations } from 'next-intl/server';
import type { Locale } from './routing';
import type { Organisation } from '@/lib/content/schema';
import type { Place } from '@/lib/organisation-groups';

export async function placeLabeller(locale: Locale): Promise<(org: Pick<Organisation, 'country' | 'kind'>) => Place> {
  const t = await getTranslations({ locale, namespace: 'Organisations' });
  return (org) => ({
    country: { id: org.country, label: t(`countries.${org.country}`) },
    kind: { id: org.kind, label: t(`kinds.${org.kind}`) },
  });
}
