/**
 * What every source test needs: an organisation's policy, its outcome in a situation with lookups by
 * tool and function, and the quotes a decision's citations carry.
 */
import { loadPolicies } from '@/lib/wizard/policies';
import { decide } from '@/lib/wizard/engine';
import type { Citation } from '@/lib/wizard/schema';
import type { DataClassId, NeedId, PurposeId, ToolId } from '@/lib/vocabulary';
import type { OrganisationId } from '@/lib/organisations';
import { forOrganisation } from '@/lib/organisations';

export function sourceOf(organisation: OrganisationId) {
  const policy = forOrganisation(loadPolicies(), organisation);
  function outcome(purpose: PurposeId, data: DataClassId) {
    const all = decide(policy, { organisation, purpose, data });
    return {
      all,
      tool: (id: ToolId) => all.tools.find((t) => t.subject === id)!,
      need: (id: NeedId) => all.needs.find((n) => n.subject === id)!,
      practices: all.practices.map((p) => p.id),
    };
  }
  return { policy, outcome };
}

type Cited = { citations: Pick<Citation, 'guideline' | 'section' | 'quote'>[] };

/** "section: quote" for every citation of a decision. */
export const quotes = (d: Cited) => d.citations.map((c) => `${c.section}: ${c.quote ?? ''}`);

/** The quotes of the decision's citations of one section (`guideline#section`). */
export const quotesAt = (d: Cited, at: string) =>
  d.citations.filter((c) => `${c.guideline}#${c.section}` === at).map((c) => c.quote);
