export function stripRuntime(html: string, file?: string): string;
export function stripSite(outDir: string): Promise<{
  stripped: number;
  bytesBefore: number;
  bytesAfter: number;
}>;
export function stripFiles(batch: { site: string; files: string[] }): {
  stripped: number;
  bytesBefore: number;
  bytesAfter: number;
};
