/** Types for scripts/site-server.mjs (used by tests/site-server.test.ts). */
import type { Server } from 'node:http';
import type { ChildProcess } from 'node:child_process';

export interface SiteOptions {
  root?: string;
  env?: Record<string, string | undefined>;
}
export declare function createSiteServer(options?: SiteOptions): Server;
export declare function serveSite(
  options?: SiteOptions & { port?: number; host?: string },
): Promise<{ server: Server; origin: string; port: number; close: () => Promise<void> }>;
export declare function freePort(host?: string): Promise<number>;
export declare function waitForServer(
  url: string,
  options?: { timeoutMs?: number; child?: ChildProcess },
): Promise<void>;
