/** Invariants over all 4 × 6 × 4 = 96 situations. */
import { describe, it, expect } from 'vitest';
import { loadPolicies } from '@/lib/wizard/policies';
import { decide } from '@/lib/wizard/engine';
import { purposeIds, dataClassIds, toolIds, needIds, verdictIds } from '@/lib/vocabulary';
import { organisationIds, forOrganisation } from '@/lib/organisations';

const policies = loadPolicies();
const situations = organisationIds.flatMap((organisation) =>
  purposeIds.flatMap((purpose) => dataClassIds.map((data) => ({ organisation, purpose, data }))),
);
const outcomes = situations.map((s) => decide(forOrganisation(policies, s.organisation), s));
const usable = new Set(['recommended', 'allowed', 'conditional']);

describe('every situation', () => {
  it('covers all 96 situations', () => expect(outcomes).toHaveLength(96));

  it('gives every tool and every function exactly one known verdict', () => {
    for (const o of outcomes) {
      expect(o.tools.map((t) => t.subject)).toEqual([...toolIds]);
      expect(o.needs.map((n) => n.subject)).toEqual([...needIds]);
      for (const d of [...o.tools, ...o.needs]) expect(verdictIds).toContain(d.verdict);
    }
  });

  it('never gives a verdict other than not-assessed without a citation', () => {
    for (const o of outcomes)
      for (const d of [...o.tools, ...o.needs])
        if (d.verdict !== 'not-assessed')
          expect(d.citations.length, `${JSON.stringify(o.situation)} ${d.subject}`).toBeGreaterThan(0);
  });

  it('never lets a tool or function be used with security-classified information in Region Halland (002 footnote 1)', () => {
    for (const o of outcomes.filter(
      (o) => o.situation.organisation === 'region-halland' && o.situation.data === 'classified',
    ))
      for (const d of [...o.tools, ...o.needs]) expect(d.verdict).toBe('not-allowed');
  });

  it('never makes anything usable with classified information anywhere (no source allows it)', () => {
    for (const o of outcomes.filter((o) => o.situation.data === 'classified'))
      for (const d of [...o.tools, ...o.needs])
        expect(usable.has(d.verdict), `${o.situation.organisation} ${d.subject}`).toBe(false);
  });

  it('never allows WhatsApp, FaceTime or Facebook Messenger', () => {
    for (const o of outcomes)
      for (const t of o.tools.filter((t) => ['whatsapp', 'facetime', 'facebook-messenger'].includes(t.subject)))
        expect(usable.has(t.verdict), `${JSON.stringify(o.situation)} ${t.subject}`).toBe(false);
  });

  it('never shows a tool as usable in an organisation whose sources do not name it', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const orgSources = (org: string) =>
      parse(readFileSync(`content/organisations/${org}.yaml`, 'utf8')).sources as string[];
    for (const o of outcomes)
      for (const t of o.tools.filter((t) => usable.has(t.verdict))) {
        const toolSources = parse(readFileSync(`content/tools/${t.subject}.yaml`, 'utf8')).sources as string[];
        expect(
          toolSources.some((s) => orgSources(o.situation.organisation).includes(s)),
          `${o.situation.organisation} ${t.subject}`,
        ).toBe(true);
      }
  });

  it('gives conditions in all three languages wherever there are conditions', () => {
    for (const o of outcomes)
      for (const d of [...o.tools, ...o.needs])
        for (const c of d.conditions) expect(Object.keys(c).sort()).toEqual(['da', 'nb', 'sv']);
  });
});
