// Runs one per-page build step over every page of the export on every core.
//
// finish-pages reads, changes and writes each HTML file on its own, and the link check reads each
// page's links and ids on its own, so the pages can be shared out: at 100 organisations (18,589
// files) those steps took 75 s and 31 s in one thread (docs/scale.md).
// The worker threads come from tinypool; each runs an exported function of the step's own module
// over a batch of files and returns counts (summed here) or what it read per page. The first error a
// page raises (`file › field: problem. Hint: …`) is the step's error.
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Tinypool from 'tinypool';

/** Every .html file of the export but Next's own assets. */
export function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '_next' ? [] : htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Calls `name({ site, files })` of the module at `moduleUrl` in worker threads, over batches of
 * `files`, and resolves to the calls' results in the order of the batches.
 */
export async function mapFileBatches(site, files, moduleUrl, name, threads = availableParallelism()) {
  const pool = new Tinypool({ filename: moduleUrl, minThreads: threads, maxThreads: threads });
  // Several batches per thread, so that a thread with heavy pages does not hold the others up.
  const size = Math.max(1, Math.ceil(files.length / (threads * 8)));
  const batches = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  try {
    return await Promise.all(batches.map((batch) => pool.run({ site, files: batch }, { name })));
  } finally {
    await pool.destroy();
  }
}

/** `mapFileBatches` over the site's pages, summing the numeric fields of what the calls return. */
export async function eachPageBatch(site, moduleUrl, name, threads = availableParallelism()) {
  const results = await mapFileBatches(site, htmlFiles(site), moduleUrl, name, threads);
  const sum = {};
  for (const result of results) for (const [key, value] of Object.entries(result)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}
