/**
 * The ruleset hash of one policy: what its change notes and the open data name to say which rules
 * they describe. It covers what decides verdicts (rules, practices, `exhaustive`), read as data, so
 * comments, key order, quoting and the change notes themselves do not move it.
 */
import { createHash } from 'node:crypto';
import type { Policy } from './schema';

/** JSON with object keys sorted at every depth, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** 12 hex characters of SHA-256 over the policy's deciding content. */
export function policyRulesetHash(policy: Pick<Policy, 'organisation' | 'exhaustive' | 'rules' | 'practices'>): string {
  const { organisation, exhaustive, rules, practices } = policy;
  const text = canonicalJson({ organisation, exhaustive, rules, practices });
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
