import type { Metadata } from 'next';
import { titleMetadata, type PageProps } from '@/lib/i18n/page-params';
import { staticParams } from '@/lib/wizard/flow';
import { outcomePageData } from '@/lib/wizard/question-page';
import { Outcome } from '@/components/wizard/Outcome';

type Props = PageProps<'organisation' | 'purpose' | 'data'>;
export const dynamicParams = false;
export const generateStaticParams = () => staticParams('needs');
export const generateMetadata: (props: Props) => Promise<Metadata> = titleMetadata('Wizard', 'outcomeTitle');

export default async function OutcomePage({ params }: Props) {
  return <Outcome {...await outcomePageData(params)} />;
}
