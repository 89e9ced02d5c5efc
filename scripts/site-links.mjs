// Every internal link, script, stylesheet, image and #fragment of a built static site, checked
// against its files: the way the static hosts serve it (scripts/site-server.mjs, deploy/nginx.mjs), a
// path ending in / is its folder's index.html, a path without the slash to a folder is redirected to
// it, anything else is the file itself. Read from disk, so it takes seconds for thousands of pages
// where a crawl over HTTP took minutes (docs/scale.md); links to other hosts are not followed (the
// sources' own addresses, printed as they stand, and the absolute canonical URLs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { mapFileBatches } from './build/page-pool.mjs';

/** Attributes that point at something the browser fetches or navigates to. */
const LINKING = { a: 'href', link: 'href', script: 'src', img: 'src', iframe: 'src', source: 'src', form: 'action' };
/** Folders of assets, not pages: their files are checked only as link targets. */
const ASSET_DIRS = new Set(['_next', 'pagefind']);

/** Every HTML page file under `root` (each folder's index.html and the top-level 404.html), as URL paths. */
function pageFiles(root) {
  const pages = [];
  const walk = (dir, url) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!ASSET_DIRS.has(e.name)) walk(path.join(dir, e.name), `${url}${e.name}/`);
      } else if (e.name === 'index.html') pages.push({ url, file: path.join(dir, e.name) });
      else if (url === '/' && e.name.endsWith('.html')) pages.push({ url: `/${e.name}`, file: path.join(dir, e.name) });
    }
  };
  walk(root, '/');
  return pages;
}

/** A page's ids (fragment targets) and its links, in one pass of the parser. */
function readPage(file) {
  const ids = new Set();
  const links = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id) ids.add(attrs.id);
        if (name === 'a' && attrs.name) ids.add(attrs.name);
        const attr = LINKING[name];
        if (attr && attrs[attr] !== undefined) links.push(attrs[attr]);
      },
    },
    { decodeEntities: true },
  );
  parser.end(readFileSync(file, 'utf8'));
  return { ids, links };
}

/** The given pages' ids and links (run in the page pool's threads; ids as lists, to cross over). */
export function readPages({ files }) {
  return files.map((file) => {
    const { ids, links } = readPage(file);
    return { ids: [...ids], links };
  });
}

const external = (href) => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');

/**
 * Checks the site in `root`. `inside` (e.g. `/video-guide`) reports internal links that leave a base
 * path. Resolves to how many links were checked and every broken one with the page it is on. The
 * pages are parsed on every core, then their links resolved here.
 */
export async function checkSiteLinks({ root, inside }) {
  const pages = pageFiles(root);
  const parsed = (
    await mapFileBatches(
      root,
      pages.map((p) => p.file),
      import.meta.url,
      'readPages',
    )
  ).flat();
  const byUrl = new Map(pages.map((p, i) => [p.url, { ids: new Set(parsed[i].ids), links: parsed[i].links }]));
  // A link may name an .html file that is not one of the pages walked (below the top level).
  const read = (url, file) => {
    if (!byUrl.has(url)) byUrl.set(url, readPage(file));
    return byUrl.get(url);
  };
  /** The page a URL path serves (after the trailing-slash redirect), or a file, or nothing. */
  const targets = new Map();
  // Most links are the same few hundred (header, footer, stylesheet): ask the disk once for each.
  const target = (urlPath) => {
    if (!targets.has(urlPath)) targets.set(urlPath, locate(urlPath));
    return targets.get(urlPath);
  };
  const locate = (urlPath) => {
    const local = path.join(root, decodeURIComponent(urlPath));
    if (!local.startsWith(root)) return undefined;
    if (urlPath.endsWith('/')) {
      const index = path.join(local, 'index.html');
      return existsSync(index) ? { page: urlPath, file: index } : undefined;
    }
    if (!existsSync(local)) return undefined;
    if (statSync(local).isDirectory()) return target(`${urlPath}/`);
    return local.endsWith('.html') ? { page: urlPath, file: local } : { file: local };
  };
  const broken = [];
  const outside = [];
  let checked = 0;
  for (const page of pages) {
    const { links } = read(page.url, page.file);
    for (const href of links) {
      if (!href || external(href) || href.startsWith('mailto:')) continue;
      checked += 1;
      const url = new URL(href, `http://site${page.url}`);
      if (inside && !url.pathname.startsWith(`${inside}/`)) outside.push({ url: href, from: page.url });
      const found = target(url.pathname);
      if (!found) {
        broken.push({ url: url.pathname + url.hash, from: page.url, problem: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && found.page !== undefined && !read(found.page, found.file).ids.has(fragment))
        broken.push({ url: url.pathname + url.hash, from: page.url, problem: `no id "${fragment}" on it` });
    }
  }
  return { pages: pages.length, checked, broken, outside };
}
