export function scriptHash(text: string): string;
export function inlineScriptHashes(html: string): string[];
export function inlineStyles(html: string): string[];
export function withPolicyMeta(html: string, file?: string): string;
