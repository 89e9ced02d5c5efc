import { describe, it, expect } from 'vitest';
import { loadPolicies } from '@/lib/wizard/policies';
import { decide } from '@/lib/wizard/engine';
import {
  countVerdicts,
  countsOverview,
  matrixSituations,
  nonZeroCounts,
  overviewRows,
  situationMatrix,
  situationRows,
  toolInOrganisation,
  verdictCounts,
} from '@/lib/wizard/matrix';
import { matrixSitePaths, matrixSituationOf } from '@/lib/wizard/matrix-paths';
import { purposeIds, dataClassIds, toolIds, toolKinds, verdictIds } from '@/lib/vocabulary';
import { organisationIds, forOrganisation } from '@/lib/organisations';

const policies = loadPolicies();
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const verdictOf = (org: (typeof organisationIds)[number], purpose: string, data: string, tool: string) =>
  decide(forOrganisation(policies, org), {
    organisation: org,
    purpose: purpose as 'colleagues',
    data: data as 'none',
  }).tools.find((t) => t.subject === tool)!.verdict;

describe('the situations', () => {
  it('are the 24 combinations of purpose and data class, each once', () => {
    expect(matrixSituations).toHaveLength(purposeIds.length * dataClassIds.length);
    expect(matrixSituations).toHaveLength(24);
    expect(new Set(matrixSituations.map((s) => `${s.purpose}/${s.data}`)).size).toBe(24);
  });

  it('give the sitemap the index, six purpose pages and 24 situation pages', () => {
    const paths = matrixSitePaths();
    expect(paths).toHaveLength(1 + 6 + 24);
    expect(paths).toContain('tools/matrix');
    expect(paths).toContain('tools/matrix/consultation');
    expect(paths).toContain('tools/matrix/consultation/sensitive');
  });
});

describe('situation matrix', () => {
  it('has in every cell the verdict the engine decides for that tool, organisation and situation', () => {
    for (const situation of matrixSituations) {
      const cells = situationMatrix(policies, situation);
      expect(Object.keys(cells).sort()).toEqual([...toolIds].sort());
      for (const tool of toolIds) {
        expect(Object.keys(cells[tool]).sort()).toEqual([...organisationIds].sort());
        for (const org of organisationIds)
          expect(cells[tool][org], `${tool} at ${org} in ${situation.purpose}/${situation.data}`).toBe(
            verdictOf(org, situation.purpose, situation.data, tool),
          );
      }
    }
  });

  it('shows Teams as not allowed at Region Halland with security-classified information, in every purpose', () => {
    for (const purpose of purposeIds)
      expect(situationMatrix(policies, { purpose, data: 'classified' }).teams['region-halland']).toBe('not-allowed');
  });

  it('limits the rows to the tools asked for', () => {
    const cells = situationMatrix(policies, { purpose: 'consultation', data: 'sensitive' }, ['teams', 'zoom']);
    expect(Object.keys(cells).sort()).toEqual(['teams', 'zoom']);
  });
});

describe('verdict counts', () => {
  it('count all 24 situations of the organisation, for every tool', () => {
    for (const org of organisationIds)
      for (const tool of toolIds) {
        const counts = verdictCounts(forOrganisation(policies, org), tool);
        expect(Object.keys(counts).sort(), `${tool} at ${org}`).toEqual([...verdictIds].sort());
        expect(sum(counts), `${tool} at ${org}`).toBe(24);
      }
  });

  it('equal the tally of the engine’s verdicts over the 24 situations', () => {
    for (const org of organisationIds)
      for (const tool of toolIds) {
        const expected = Object.fromEntries(verdictIds.map((v) => [v, 0]));
        for (const purpose of purposeIds)
          for (const data of dataClassIds) expected[verdictOf(org, purpose, data, tool)]! += 1;
        expect(verdictCounts(forOrganisation(policies, org), tool), `${tool} at ${org}`).toEqual(expected);
      }
  });

  it('count a prohibition even where another situation recommends the tool', () => {
    const teams = verdictCounts(forOrganisation(policies, 'region-halland'), 'teams');
    // Forbidden with security-classified information in each of the six purposes …
    expect(teams['not-allowed']).toBeGreaterThanOrEqual(6);
    expect(verdictOf('region-halland', 'consultation', 'classified', 'teams')).toBe('not-allowed');
    // … although the old "best verdict" summary says recommended.
    expect(toolInOrganisation(forOrganisation(policies, 'region-halland'), 'teams').status).toBe('recommended');
    expect(teams.recommended).toBeGreaterThan(0);
  });

  it('count WhatsApp as forbidden at the Danish municipalities, where the best verdict hid it', () => {
    const whatsapp = verdictCounts(forOrganisation(policies, 'danish-municipalities'), 'whatsapp');
    expect(whatsapp['not-allowed']).toBeGreaterThan(0);
    expect(whatsapp.recommended + whatsapp.allowed + whatsapp.conditional).toBe(0);
  });

  it('in the overview equal verdictCounts for every tool and organisation', () => {
    const overview = countsOverview(policies);
    for (const tool of toolIds)
      for (const org of organisationIds)
        expect(overview[tool][org]).toEqual(verdictCounts(forOrganisation(policies, org), tool));
  });

  it('never show a consumer social app as usable anywhere', () => {
    for (const tool of ['whatsapp', 'facetime', 'facebook-messenger'] as const)
      for (const org of organisationIds) {
        const c = verdictCounts(forOrganisation(policies, org), tool);
        expect(c.recommended + c.allowed + c.conditional, `${tool} at ${org}`).toBe(0);
      }
  });

  it('show the primary solutions the sources name as recommended somewhere', () => {
    expect(verdictCounts(forOrganisation(policies, 'region-hovedstaden'), 'minsp').recommended).toBeGreaterThan(0);
    expect(verdictCounts(forOrganisation(policies, 'lillehammer-kommune'), 'confrere').recommended).toBeGreaterThan(0);
    expect(verdictCounts(forOrganisation(policies, 'region-halland'), 'teams').recommended).toBeGreaterThan(0);
  });
});

describe('countVerdicts and nonZeroCounts', () => {
  it('tally every verdict, with zeros for the absent ones', () => {
    expect(countVerdicts(['allowed', 'not-allowed', 'allowed'])).toEqual({
      recommended: 0,
      allowed: 2,
      conditional: 0,
      'not-allowed': 1,
      'not-assessed': 0,
    });
  });

  it('put a prohibition first and leave out zeros', () => {
    expect(nonZeroCounts(countVerdicts(['recommended', 'not-assessed', 'not-allowed', 'recommended']))).toEqual([
      { verdict: 'not-allowed', count: 1 },
      { verdict: 'recommended', count: 2 },
      { verdict: 'not-assessed', count: 1 },
    ]);
  });
});

describe('the rows the matrix pages show', () => {
  const tools = [
    { id: 'teams', name: 'Microsoft Teams', kind: 'general-platform' },
    { id: 'whatsapp', name: 'WhatsApp', kind: 'consumer-app' },
    { id: 'zoom', name: 'Zoom', kind: 'general-platform' },
  ] as const;

  it('group the tools by kind, in vocabulary order, keeping the given order inside a kind', () => {
    const groups = overviewRows(policies, tools);
    expect(groups.map((g) => g.kind)).toEqual([...toolKinds]);
    expect(groups.map((g) => g.rows.map((r) => r.tool.id))).toEqual([[], ['teams', 'zoom'], ['whatsapp']]);
  });

  it('carry the overview counts and the situation verdicts of the engine', () => {
    const counts = countsOverview(policies, ['teams']);
    const teams = overviewRows(policies, tools)[1]!.rows[0]!;
    expect(teams.counts).toEqual(counts.teams);
    const situation = { purpose: 'consultation', data: 'sensitive' } as const;
    const row = situationRows(policies, situation, tools)[2]!.rows[0]!;
    expect(row.verdicts).toEqual(situationMatrix(policies, situation, ['whatsapp']).whatsapp);
  });

  it('come from a route only for a known purpose and data class', () => {
    expect(matrixSituationOf({ purpose: 'consultation', data: 'sensitive' })).toEqual({
      purpose: 'consultation',
      data: 'sensitive',
    });
    expect(matrixSituationOf({ purpose: 'nonsense', data: 'sensitive' })).toBeUndefined();
    expect(matrixSituationOf({ purpose: 'consultation', data: 'nonsense' })).toBeUndefined();
  });
});
