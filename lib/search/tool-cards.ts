/**
 * Tool cards for the search page, built at build time: each tool's counts per organisation. Which
 * cards a query shows is `matchTools` (tool-names.ts), in the browser.
 */
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { Organisation, Tool } from '@/lib/content/schema';
import type { Policy } from '@/lib/wizard/schema';
import { nonZeroCounts, toolInOrganisation } from '@/lib/wizard/matrix';
import type { Verdict } from '@/lib/vocabulary';
import type { OrganisationId } from '@/lib/organisations';
import { forOrganisation } from '@/lib/organisations';

export interface ToolCardData {
  id: string;
  name: string;
  /** Names the card answers to: the name, the id's words and the aliases. */
  names: string[];
  href: string;
  statuses: {
    organisation: string;
    organisationName: string;
    verdict: Verdict;
    /** The non-zero counts of the 24 situations, a prohibition first: one "overall" verdict would hide it. */
    counts: { verdict: Verdict; count: number }[];
  }[];
}

/** Every tool's card, for the search page to match queries against in the browser. */
export function toolCards(
  locale: Locale,
  basePath: string,
  tools: Tool[],
  organisations: Organisation[],
  policies: Record<OrganisationId, Policy>,
): ToolCardData[] {
  return tools.map((tool) => ({
    id: tool.id,
    name: tool.name,
    names: [tool.name, tool.id.replace(/-/g, ' '), ...tool.aliases],
    href: `${basePath}${localePath(locale, 'tools', tool.id)}`,
    statuses: organisations.map((o) => {
      const view = toolInOrganisation(forOrganisation(policies, o.id), tool.id);
      return {
        organisation: o.id,
        organisationName: o.name[locale],
        verdict: view.status,
        counts: nonZeroCounts(view.counts),
      };
    }),
  }));
}
