import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { titleMetadata, routeParams, type PageProps } from '@/lib/i18n/page-params';
import { situationFromParams, staticParams } from '@/lib/wizard/flow';
import { decideSituation, getRulesetVersion } from '@/lib/wizard';
import { Outcome } from '@/components/wizard/Outcome';

type Props = PageProps<'organisation' | 'purpose' | 'data'>;
export const dynamicParams = false;
export const generateStaticParams = () => staticParams('needs');
export const generateMetadata: (props: Props) => Promise<Metadata> = titleMetadata('Wizard', 'outcomeTitle');

export default async function OutcomePage({ params }: Props) {
  const { locale, ...segments } = await routeParams(params);
  const situation = situationFromParams(segments);
  if (!situation) notFound();
  return <Outcome outcome={decideSituation(situation)} locale={locale} rulesetVersion={getRulesetVersion()} />;
}
