export function buildAndPublish(options: {
  phases: [name: string, command: string, args: string[]][];
  out: string;
  staging: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}): { ok: true; times: Record<string, number> } | { ok: false; failed: string; message: string };
