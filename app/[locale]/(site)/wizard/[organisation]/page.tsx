import { staticParams } from '@/lib/wizard/flow';
import { questionMetadata, questionPageData } from '@/lib/wizard/question-page';
import type { PageProps } from '@/lib/i18n/page-params';
import { QuestionPage } from '@/components/wizard/QuestionPage';

export const dynamicParams = false;
export const generateStaticParams = () => staticParams('purpose');
export const generateMetadata = questionMetadata('purpose');

export default async function PurposeQuestionPage({ params }: PageProps<'organisation'>) {
  return <QuestionPage view={(await questionPageData(params, 'purpose')).view} />;
}
