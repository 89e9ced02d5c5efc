type Phase = [name: string, command: string, args: string[]];
export function buildAndPublish(options: {
  /** In order; a list of phases runs them side by side. */
  phases: (Phase | Phase[])[];
  out: string;
  staging: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}): Promise<{ ok: true; times: Record<string, number> } | { ok: false; failed: string; message: string }>;
