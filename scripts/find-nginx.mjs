// Where nginx is, for the e2e project `nginx`: $NGINX_PATH, then the PATH, then Debian's /usr/sbin
// (not on an ordinary user's PATH). null when there is none: that project then skips and says why.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The nginx binary, or null. */
export function findNginx(env = process.env) {
  if (env.NGINX_PATH) return executable(env.NGINX_PATH) ? env.NGINX_PATH : null;
  const dirs = [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin'];
  return dirs.map((dir) => path.join(dir, 'nginx')).find(executable) ?? null;
}

export const NGINX_MISSING =
  'nginx is not installed (none in $NGINX_PATH, the PATH or /usr/sbin): the nginx e2e project is skipped. Install it with `apt-get install -y nginx` (as .ci/run does) to run the site on a real nginx.';
