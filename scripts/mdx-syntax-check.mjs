// Quick syntax check for MDX files while writing content: node scripts/mdx-syntax-check.mjs <file>...
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { readFileSync } from 'node:fs';
let failed = 0;
for (const file of process.argv.slice(2)) {
  const src = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/[^\n]/g, ''));
  try {
    await compile(src, { remarkPlugins: [remarkGfm] });
    const headings = src.match(/^#{1,6} /m);
    if (headings) throw new Error('Markdown heading found: use <H2 id> / <H3 id>');
    console.log(`ok   ${file}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${file}:${e.line ?? '?'}: ${e.reason ?? e.message}`);
  }
}
process.exit(failed ? 1 : 0);
