#!/usr/bin/env node
// Serves out/ on a real nginx with the generated sample configuration (deploy/nginx.mjs), for the
// e2e project `nginx`. No root needed: everything nginx writes (pid, logs, temp files) goes to a
// fresh temp folder given as its prefix (-p), it stays in the foreground (daemon off) so that
// Playwright's webServer owns it, and it serves as the current user.
//   node scripts/serve-nginx.mjs --port 3430 [--root out] [--embed-origin http://127.0.0.1:3431]…
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nginxServer } from '../deploy/nginx.mjs';
import { NGINX_MISSING, findNginx } from './find-nginx.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3430' },
    root: { type: 'string', default: 'out' },
    'embed-origin': { type: 'string', multiple: true },
  },
});

const nginx = findNginx();
if (!nginx) {
  console.error(NGINX_MISSING);
  process.exit(1);
}

const prefix = mkdtempSync(path.join(tmpdir(), 'video-guide-nginx-'));
for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, dir));

const server = nginxServer({
  root: path.resolve(values.root),
  listen: `127.0.0.1:${values.port}`,
  serverName: 'localhost',
  embedOrigins: values['embed-origin'] ?? ['https://intranet.example.org'],
});
// Started by root (a container), nginx would hand its workers to `nobody`; keep the current user.
const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
writeFileSync(
  path.join(prefix, 'nginx.conf'),
  `${user}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
    include ${process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types'};
    default_type application/octet-stream;
    access_log ${prefix}/access.log;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
${server.replace(/^/gm, '    ')}
}
`,
);

console.log(
  `nginx (${nginx}) serving ${values.root}/ on http://127.0.0.1:${values.port}/, config ${prefix}/nginx.conf`,
);
const child = spawn(
  nginx,
  ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')],
  {
    stdio: 'inherit',
  },
);
const cleanUp = () => rmSync(prefix, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
