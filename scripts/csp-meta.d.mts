export function scriptHash(text: string): string;
export function inlineScriptHashes(html: string): string[];
export function inlineStyles(html: string): string[];
export function withPolicyMeta(html: string, file?: string): string;
export function addPolicyMetas(outDir: string): Promise<{ pages: number; withInlineScripts: number; hashes: number }>;
export function policyFiles(batch: { site: string; files: string[] }): {
  pages: number;
  withInlineScripts: number;
  hashes: number;
};
