export function stripRuntime(html: string, file?: string): string;
