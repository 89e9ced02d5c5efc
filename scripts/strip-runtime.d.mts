export function stripRuntime(html: string, file?: string): string;
export function stripSite(outDir: string): {
  stripped: number;
  bytesBefore: number;
  bytesAfter: number;
};
