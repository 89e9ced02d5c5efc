type Counts = { pages: number; bytesBefore: number; bytesAfter: number; withInlineScripts: number; hashes: number };
export function finishPage(html: string, file?: string): string;
export function finishFiles(batch: { site: string; files: string[] }): Counts;
export function finishSite(outDir: string): Promise<Counts>;
