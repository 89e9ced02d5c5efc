import { staticParams } from '@/lib/wizard/flow';
import { questionMetadata, questionPageData } from '@/lib/wizard/question-page';
import type { PageProps } from '@/lib/i18n/page-params';
import { QuestionPage } from '@/components/wizard/QuestionPage';

export const dynamicParams = false;
export const generateStaticParams = () => staticParams('data');
export const generateMetadata = questionMetadata('data');

export default async function DataQuestionPage({ params }: PageProps<'organisation' | 'purpose'>) {
  return <QuestionPage view={(await questionPageData(params, 'data')).view} />;
}
