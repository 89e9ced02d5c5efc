/** The engine's semantics on small synthetic policies (docs/policy.md). */
import { describe, it, expect } from 'vitest';
import { decide, bestVerdict, type Situation } from '@/lib/wizard/engine';
import { policySchema, type Policy } from '@/lib/wizard/schema';

const text = { da: 'x', sv: 'x', nb: 'x' };
const cite = [{ guideline: 'g', section: 's' }];
const policy = (rules: object[], exhaustive = false): Policy =>
  policySchema.parse({ organisation: 'region-halland', exhaustive, rules });
const at: Situation = { organisation: 'region-halland', purpose: 'colleagues', data: 'personal' };
const verdictOf = (p: Policy, tool: string, s: typeof at = at) => decide(p, s).tools.find((t) => t.subject === tool)!;

describe('decide', () => {
  it('lets the most restrictive matching rule win', () => {
    const p = policy([
      { id: 'a', purposes: 'all', data: 'all', tools: ['teams'], verdict: 'recommended', cite },
      {
        id: 'b',
        purposes: ['colleagues'],
        data: ['personal'],
        tools: ['teams'],
        verdict: 'conditional',
        conditions: [text],
        cite,
      },
    ]);
    expect(verdictOf(p, 'teams')).toMatchObject({ verdict: 'conditional', ruleIds: ['b'], conditions: [text] });
    expect(verdictOf(p, 'teams', { ...at, data: 'none' }).verdict).toBe('recommended');
  });

  it('makes an unnamed tool not-assessed, or not-allowed when the policy is exhaustive', () => {
    const rules = [{ id: 'a', purposes: 'all', data: 'all', tools: ['teams'], verdict: 'allowed', cite }];
    expect(verdictOf(policy(rules), 'zoom').verdict).toBe('not-assessed');
    expect(verdictOf(policy(rules, true), 'zoom').verdict).toBe('not-allowed');
  });

  it('treats a not-assessed rule as a note that never overrides a real verdict', () => {
    const p = policy([
      { id: 'note', purposes: 'all', data: 'all', tools: ['zoom'], verdict: 'not-assessed', conditions: [text] },
      { id: 'ban', purposes: ['teaching'], data: 'all', tools: ['zoom'], verdict: 'not-allowed', cite },
    ]);
    expect(verdictOf(p, 'zoom')).toMatchObject({ verdict: 'not-assessed', conditions: [text] });
    expect(verdictOf(p, 'zoom', { ...at, purpose: 'teaching' }).verdict).toBe('not-allowed');
  });

  it('honours exceptTools', () => {
    const p = policy([
      { id: 'a', purposes: 'all', data: 'all', tools: 'all', exceptTools: ['teams'], verdict: 'not-allowed', cite },
    ]);
    expect(verdictOf(p, 'teams').verdict).toBe('not-assessed');
    expect(verdictOf(p, 'zoom').verdict).toBe('not-allowed');
  });

  it('merges conditions and de-duplicates citations of rules with the same winning verdict', () => {
    const p = policy([
      { id: 'a', purposes: 'all', data: 'all', needs: ['chat'], verdict: 'conditional', conditions: [text], cite },
      { id: 'b', purposes: 'all', data: 'all', needs: ['chat'], verdict: 'conditional', conditions: [text], cite },
    ]);
    const chat = decide(p, at).needs.find((n) => n.subject === 'chat')!;
    expect(chat.conditions).toHaveLength(2);
    expect(chat.citations).toEqual(cite);
  });
});

describe('bestVerdict', () => {
  it('orders recommended > allowed > conditional > not-assessed > not-allowed', () => {
    expect(bestVerdict(['not-allowed', 'conditional'])).toBe('conditional');
    expect(bestVerdict(['not-allowed', 'not-assessed'])).toBe('not-assessed');
    expect(bestVerdict(['allowed', 'recommended'])).toBe('recommended');
    expect(bestVerdict(['not-allowed'])).toBe('not-allowed');
  });
});
