// Bundles the search page's script (components/search/search.ts, with the pure lib/search/ code it
// uses) into public/search.js with esbuild: no React, no Next. `next build` and `next dev` serve
// public/ as it is, so `npm run build` runs this before `next build` and `npm run dev` runs it with
// --watch. The output is generated, not committed (.gitignore).
//
// `node scripts/build-search.mjs [--watch]`
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SEARCH_SCRIPT = {
  entryPoints: [path.join(root, 'components/search/search.ts')],
  outfile: path.join(root, 'public/search.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  tsconfig: path.join(root, 'tsconfig.json'),
  legalComments: 'none',
  logLevel: 'warning',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--watch')) {
    const context = await esbuild.context(SEARCH_SCRIPT);
    await context.watch();
    console.log('search.js: watching components/search/ and lib/search/');
  } else {
    await esbuild.build(SEARCH_SCRIPT);
  }
}
