import type { PageProps } from '@/lib/i18n/page-params';
import { outcomeStaticParams } from '@/lib/wizard/flow';
import { outcomeMetadata, outcomePageData } from '@/lib/wizard/question-page';
import { Outcome } from '@/components/wizard/Outcome';

type Props = PageProps<'organisation' | 'purpose' | 'data'>;
export const dynamicParams = false;
export const generateStaticParams = outcomeStaticParams;
export const generateMetadata = outcomeMetadata;

export default async function OutcomePage({ params }: Props) {
  return <Outcome {...await outcomePageData(params)} />;
}
