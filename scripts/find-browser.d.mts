/** Types for scripts/find-browser.mjs (used by playwright.config.ts and the e2e helpers). */
export declare const DEBIAN_CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function locateBrowser(): string | undefined;
export declare function findBrowser(options?: { install?: boolean }): Promise<string>;
