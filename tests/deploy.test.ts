import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, headersFor } from '@/deploy/security-headers.mjs';

const doc = readFileSync('docs/deploy.md', 'utf8');

describe('deployment headers', () => {
  it('closes framing everywhere but the embed, which the configured intranet may frame', () => {
    expect(headersFor('/da/wizard/', {})['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headersFor('/da/wizard/', {})['X-Frame-Options']).toBe('DENY');
    const embed = headersFor('/video-guide/sv/embed/wizard/', { EMBED_ORIGINS: 'https://intra.region.se' });
    expect(embed['Content-Security-Policy']).toContain("frame-ancestors 'self' https://intra.region.se");
    expect(embed['X-Frame-Options']).toBeUndefined();
  });

  it('docs/deploy.md shows exactly the policy the e2e run serves', () => {
    expect(doc).toContain(contentSecurityPolicy({ frameAncestors: "'none'" }));
    expect(doc).toContain(contentSecurityPolicy({ frameAncestors: "'self' https://intranet.example.org" }));
    const base = contentSecurityPolicy({ frameAncestors: 'X' }).replace('; frame-ancestors X', '');
    expect(doc).toContain(`set $csp_base "${base}";`);
  });
});
