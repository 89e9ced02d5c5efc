export function findNginx(env?: Record<string, string | undefined>): string | null;
export const NGINX_MISSING: string;
