import { notFound } from 'next/navigation';
import { needsFormAction, situationFromParams, staticParams } from '@/lib/wizard/flow';
import { questionMetadata, questionPageData } from '@/lib/wizard/question-page';
import type { PageProps } from '@/lib/i18n/page-params';
import { basePath } from '@/lib/site';
import { QuestionPage } from '@/components/wizard/QuestionPage';
import { NeedsForm } from '@/components/wizard/NeedsForm';

export const dynamicParams = false;
export const generateStaticParams = () => staticParams('needs');
export const generateMetadata = questionMetadata('needs');

export default async function NeedsQuestionPage({ params }: PageProps<'organisation' | 'purpose' | 'data'>) {
  const { locale, answers, view } = await questionPageData(params, 'needs');
  const situation = situationFromParams(answers);
  if (!situation) notFound();
  return (
    <QuestionPage view={view}>
      <NeedsForm
        locale={locale}
        action={`${basePath}${needsFormAction(locale, situation)}`}
        heading={view.heading}
        choices={view.choices}
      />
    </QuestionPage>
  );
}
