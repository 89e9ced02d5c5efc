export interface BrokenLink {
  url: string;
  from: string;
  problem: string;
}
export interface SiteLinks {
  pages: number;
  checked: number;
  broken: BrokenLink[];
  outside: { url: string; from: string }[];
}
export function checkSiteLinks(options: { root: string; inside?: string }): Promise<SiteLinks>;
export function readPages(batch: { site: string; files: string[] }): { ids: string[]; links: string[] }[];
