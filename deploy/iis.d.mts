export function iisWebConfig(options?: { embedOrigins?: string[] }): string;
