export const ISLAND_MARKER: string;
export function stripRuntime(html: string, file?: string): { html: string; stripped: boolean };
export function stripSite(outDir: string): {
  stripped: number;
  islands: number;
  bytesBefore: number;
  bytesAfter: number;
};
