import { describe, it, expect } from 'vitest';
import { loadPolicies } from '@/lib/wizard/policies';
import { decide } from '@/lib/wizard/engine';
import { matrix } from '@/lib/wizard/matrix';
import { organisationIds, purposeIds, dataClassIds, toolIds, verdictIds } from '@/lib/vocabulary';

const policies = loadPolicies();
const cells = matrix(policies, toolIds);

describe('tool × organisation matrix', () => {
  it('agrees in every cell with the best verdict the engine gives in any situation', () => {
    const rank = (v: string) => ['recommended', 'allowed', 'conditional', 'not-assessed', 'not-allowed'].indexOf(v);
    for (const org of organisationIds)
      for (const tool of toolIds) {
        const verdicts = purposeIds.flatMap((purpose) =>
          dataClassIds.map(
            (data) =>
              decide(policies[org], { organisation: org, purpose, data }).tools.find((t) => t.subject === tool)!
                .verdict,
          ),
        );
        const best = verdicts.reduce((a, b) => (rank(b) < rank(a) ? b : a));
        expect(cells[tool][org], `${tool} in ${org}`).toBe(best);
        expect(verdictIds).toContain(cells[tool][org]);
      }
  });

  it('shows the primary solutions the sources name', () => {
    expect(cells.minsp['region-hovedstaden']).toBe('recommended');
    expect(cells.confrere['lillehammer-kommune']).toBe('recommended');
    expect(cells.teams['region-halland']).toBe('recommended');
  });

  it('never shows a consumer social app as usable anywhere', () => {
    for (const tool of ['whatsapp', 'facetime', 'facebook-messenger'] as const)
      for (const org of organisationIds) expect(['not-allowed', 'not-assessed']).toContain(cells[tool][org]);
  });
});
