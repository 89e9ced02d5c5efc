export const SEARCHED_SECTIONS: string[];
export function pagefindGlob(locales: string[]): string;
export function inSearchedSection(urlPath: string): boolean;
