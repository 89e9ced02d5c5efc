import { getMDXComponent } from 'next-contentlayer2/hooks';
import type { Guideline } from '@/lib/content/queries';
import type { Locale } from '@/lib/i18n/routing';
import { contentComponents } from '@/components/mdx/content-components';
import { ClientMessages } from '@/components/i18n/ClientMessages';

/** Renders the MDX on the server at build time: no MDX runtime reaches the browser. */
export function GuidelineBody({ guideline, locale }: { guideline: Guideline; locale: Locale }) {
  const Content = getMDXComponent(guideline.body.code);
  const components = contentComponents({
    locale,
    pageKey: `${guideline.organisation}/${guideline.slug}`,
    owner: guideline.owner,
    headings: guideline.headings,
  });
  return (
    <div
      className="prose prose-slate max-w-none prose-headings:scroll-mt-4 prose-a:text-brand-700"
      lang={guideline.locale}
    >
      {/* The checklists' client part reads these. */}
      <ClientMessages locale={locale} messages={['Content.checklistReset', 'Content.checklistNote']}>
        <Content components={components} />
      </ClientMessages>
    </div>
  );
}
