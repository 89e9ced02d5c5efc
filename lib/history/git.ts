/**
 * The versions of one file in a repository's history, read with `git`. Where there is no history
 * (git missing, not a repository, an archive) the answer is `undefined`; a shallow clone gives only
 * the versions it holds. Never throws: a missing history is a page's note, never a build failure.
 */
import { execFileSync } from 'node:child_process';

export interface FileVersion {
  commit: string;
  /** ISO date of the commit (committer date). */
  date: string;
  text: string;
}

const git = (root: string, args: string[]) =>
  execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });

/** Every committed version of `file` (a path relative to `root`), newest first; undefined without history. */
export function fileVersions(root: string, file: string): FileVersion[] | undefined {
  let log: string;
  try {
    log = git(root, ['log', '--format=%H %cI', '--', file]);
  } catch {
    return undefined;
  }
  const versions: FileVersion[] = [];
  for (const line of log.split('\n').filter(Boolean)) {
    const [commit, date] = line.split(' ') as [string, string];
    try {
      versions.push({ commit, date: date.slice(0, 10), text: git(root, ['show', `${commit}:${file}`]) });
    } catch {
      // A commit that deleted the file, or one missing from a partial clone: no version there.
    }
  }
  return versions;
}
