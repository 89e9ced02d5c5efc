// Prints the organisation page's #updates section (da, Region Halland) after the narrowed rule of
// narrowed-history.ts: e2e/updates-diff.spec.ts puts it into the built page (Playwright's loader
// cannot import next/link, so it runs here with tsx).   npx tsx tests/helpers/render-narrowed-updates.ts
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { narrowedHistory } from './narrowed-history';
import { organisationUpdates } from '@/lib/history/view';
import { UpdatesSection } from '@/components/history/Updates';

export function renderNarrowedUpdates(history = narrowedHistory({ history: true })): string {
  const org = history.organisations.find((o) => o.id === 'region-halland')!;
  return renderToStaticMarkup(
    createElement(UpdatesSection, {
      locale: 'da',
      updates: organisationUpdates('da', org, history.toolNames),
      intro: 'policyIntro',
      feedHref: '/da/organisations/region-halland/feed.xml',
    }),
  );
}

if (process.argv[1]?.endsWith('render-narrowed-updates.ts')) process.stdout.write(renderNarrowedUpdates());
