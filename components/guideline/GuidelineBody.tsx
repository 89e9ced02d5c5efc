import { getMDXComponent } from 'next-contentlayer2/hooks';
import type { Guideline } from '@/lib/content/queries';
import type { Locale } from '@/lib/i18n/routing';
import { contentComponents } from '@/components/mdx/content-components';

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
      <Content components={components} />
    </div>
  );
}
