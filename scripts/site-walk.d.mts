export function pagePaths(outDir: string): string[];
export function prefixesOf(urlPath: string): string[];
export function missingPrefixes(paths: string[]): { prefix: string; from: string }[];
export const SEED_FILE: RegExp;
export function pagesNamingSeedFiles(outDir: string, paths: string[]): string[];
export function searchablePagesUnread(outDir: string, paths: string[]): string[];
