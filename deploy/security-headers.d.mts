export function contentSecurityPolicy(options: { frameAncestors: string }): string;
export function embedAncestors(env?: Record<string, string | undefined>): string;
export function headersFor(path: string, env?: Record<string, string | undefined>): Record<string, string>;
