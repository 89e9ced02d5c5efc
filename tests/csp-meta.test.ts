import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineScriptHashes, scriptHash, withPolicyMeta } from '../scripts/csp-meta.mjs';
import { contentSecurityPolicy } from '../deploy/security-headers.mjs';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="da"><head><meta charSet="utf-8"/>${head}<title>Side</title></head><body>${body}</body></html>`;
const redirect = (target: string) => `<script data-site-script="">location.replace("${target}")</script>`;
const policyOf = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
const scriptSrc = (html: string) =>
  policyOf(html)
    ?.match(/script-src ([^;]*)/)?.[1]
    ?.split(' ');

describe('the per-page Content-Security-Policy', () => {
  it('hashes a script the way browsers do: sha256 of its exact text, base64', () => {
    const text = 'location.replace("/da/")';
    expect(scriptHash(text)).toBe(`sha256-${createHash('sha256').update(text).digest('base64')}`);
    expect(scriptHash('a\r\nb')).toBe(scriptHash('a\nb'));
  });

  it('allows exactly the inline scripts of the page, and scripts from the site itself', () => {
    const html = withPolicyMeta(page('', `${redirect('/da/')}<script type="module" src="/site.js"></script>`));
    expect(scriptSrc(html)).toEqual(["'self'", `'${scriptHash('location.replace("/da/")')}'`]);
    expect(policyOf(html)).toContain("default-src 'self'");
    expect(policyOf(html)).toContain("style-src 'self';");
    expect(policyOf(html)).not.toContain('unsafe-inline');
    expect(policyOf(html)).not.toContain('wasm-unsafe-eval');
  });

  it('gives a page whose inline script changed a different hash', () => {
    const before = scriptSrc(withPolicyMeta(page('', redirect('/da/'))));
    const after = scriptSrc(withPolicyMeta(page('', redirect('/sv/'))));
    expect(after).not.toEqual(before);
    expect(after).not.toContain(before?.[1]);
  });

  it('puts the policy right after <meta charset>, before anything that loads or runs', () => {
    const html = withPolicyMeta(page('<link rel="stylesheet" href="/a.css"/><script src="/x.js"></script>', ''));
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="da"><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]*"\/><link /,
    );
  });

  it("lets WebAssembly run only on the search page (Pagefind), and never 'unsafe-eval'", () => {
    const search = withPolicyMeta(
      page('', '<div data-search-app data-search-state="idle"></div><script>self.__next_f=[]</script>'),
    );
    expect(scriptSrc(search)).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc(search)).not.toContain("'unsafe-eval'");
  });

  it('replaces the policy of an earlier run instead of adding a second one', () => {
    const twice = withPolicyMeta(withPolicyMeta(page('', redirect('/da/'))));
    expect(twice.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
  });

  it('refuses inline styles, which the policy would silently block', () => {
    expect(() => withPolicyMeta(page('<style>p{color:red}</style>', ''), 'da/index.html')).toThrow(
      /da\/index.html › inline style/,
    );
    expect(() => withPolicyMeta(page('', '<p style="display:none">x</p>'))).toThrow(/inline style/);
    // The word in script text or in an ordinary attribute value is not a style.
    expect(() => withPolicyMeta(page('', '<script>"<p style=x>"</script><p data-x="style">x</p>'))).not.toThrow();
  });

  it('lists no hash for scripts with a src, and each inline script once', () => {
    expect(inlineScriptHashes(`<script src="/a.js"></script>${redirect('/da/')}${redirect('/da/')}`)).toHaveLength(1);
  });

  it('header and page policies together: only the page policy names scripts, only the header framing', () => {
    const header = contentSecurityPolicy({ frameAncestors: "'none'" });
    expect(header).not.toMatch(/script-src|default-src|unsafe-inline/);
    expect(header).toContain("frame-ancestors 'none'");
    expect(policyOf(withPolicyMeta(page('', '')))).not.toContain('frame-ancestors');
  });
});
