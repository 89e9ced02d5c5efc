import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { canonicalJson, policyRulesetHash } from '@/lib/wizard/ruleset-hash';
import { policySchema } from '@/lib/wizard/schema';

const policy = (yaml: string) => policySchema.parse(parse(yaml));
const base = `
organisation: region-halland
exhaustive: false
rules:
  - id: a-rule
    purposes: [colleagues]
    data: [none]
    tools: [teams]
    verdict: allowed
    cite: [{ guideline: g, section: s, quote: "q" }]
`;

describe('policyRulesetHash', () => {
  it('ignores comments, key order and quoting', () => {
    const reordered = `
# a comment
exhaustive: false
organisation: "region-halland"
rules:
  - verdict: allowed
    id: a-rule
    data: [none]
    purposes: [colleagues]
    tools: [teams]
    cite: [{ section: s, guideline: g, quote: q }]
`;
    expect(policyRulesetHash(policy(reordered))).toBe(policyRulesetHash(policy(base)));
  });

  it('moves when a rule changes', () => {
    const narrowed = base.replace('verdict: allowed', 'verdict: conditional');
    expect(policyRulesetHash(policy(narrowed))).not.toBe(policyRulesetHash(policy(base)));
    const wider = base.replace('data: [none]', 'data: [none, personal]');
    expect(policyRulesetHash(policy(wider))).not.toBe(policyRulesetHash(policy(base)));
  });

  it('is 12 hex characters', () => {
    expect(policyRulesetHash(policy(base))).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
});
