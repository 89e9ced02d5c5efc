export function nginxServer(options?: {
  basePath?: string;
  embedOrigins?: string[];
  root?: string;
  serverName?: string;
  listen?: string;
}): string;
