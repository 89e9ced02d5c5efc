import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { describePage, routeParams, type PageProps } from '@/lib/i18n/page-params';
import { titlesDescription } from '@/lib/page-descriptions';
import { localePath } from '@/lib/i18n/paths';
import { getGuidelinesOf, getOrganisation } from '@/lib/content/queries';
import { AppLink } from '@/components/ui/AppLink';
import { GuidelineList } from '@/components/guideline/GuidelineList';

type Props = PageProps<'organisation'>;
export const dynamicParams = false;
// The same pages as the organisation pages: one per organisation and language.
export { generateStaticParams } from '../../organisations/[organisation]/page';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, organisation } = await routeParams(params);
  const org = getOrganisation(organisation);
  const t = await getTranslations({ locale, namespace: 'GuidelineIndex' });
  if (!org) return {};
  return describePage(
    locale,
    localePath(locale, 'guidelines', org.id),
    t('organisationTitle', { organisation: org.name[locale] }),
    titlesDescription(getGuidelinesOf(org.id, locale).map(({ doc }) => doc.title)),
  );
}

/** `/{locale}/guidelines/{org}/`: what a trimmed guideline URL leads to, the organisation's guidelines. */
export default async function OrganisationGuidelinesPage({ params }: Props) {
  const { locale, organisation } = await routeParams(params);
  const org = getOrganisation(organisation);
  if (!org) notFound();
  const t = await getTranslations({ locale, namespace: 'GuidelineIndex' });
  return (
    <div data-organisation-guidelines={org.id}>
      <h1 className="text-3xl font-bold">{t('organisationTitle', { organisation: org.name[locale] })}</h1>
      <p className="mt-3">{t('organisationIntro')}</p>
      <GuidelineList locale={locale} guidelines={getGuidelinesOf(org.id, locale)} />
      <ul className="mt-8 space-y-2">
        <li>
          <AppLink href={localePath(locale, 'organisations', org.id)}>
            {t('aboutOrganisation', { organisation: org.name[locale] })}
          </AppLink>
        </li>
        <li>
          <AppLink href={localePath(locale, 'guidelines')}>{t('allGuidelines')}</AppLink>
        </li>
      </ul>
    </div>
  );
}
