export const LOCALES: string[];
export const PERMISSIONS_POLICY: string;
export function contentSecurityPolicy(options: { frameAncestors: string }): string;
export function pagePolicy(options?: { hashes?: string[]; wasm?: boolean }): string;
export function embedAncestors(env?: Record<string, string | undefined>): string;
export function commonHeaders(options: { frameAncestors: string }): Record<string, string>;
export function headersFor(path: string, env?: Record<string, string | undefined>): Record<string, string>;
