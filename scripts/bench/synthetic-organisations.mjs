// Synthetic organisations for the scale bench, written into a scratch copy of the project (never into
// the real content). Each is a copy of one of the four real organisations, in turn, under a new id:
// its organisation file, policy, coverage file and guidelines in every language, with the ids and
// slugs renamed. So each one passes the same content check as the real ones (its policy cites its own
// guidelines' sections with quotes that stand in them) and costs the build what a real one costs:
// on average 15.5 rules and 2.25 guidelines in three languages.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** The real organisations, as templates: the synthetic ones take their country and kind. */
export const TEMPLATES = ['region-hovedstaden', 'danish-municipalities', 'region-halland', 'lillehammer-kommune'];

const COUNTRY_NAMES = { DK: 'Danmark', SE: 'Sverige', NO: 'Norge' };
const KIND_NAMES = {
  region: { da: 'Region', sv: 'Region', nb: 'Region' },
  municipality: { da: 'Kommune', sv: 'Kommun', nb: 'Kommune' },
};

const read = (file) => readFileSync(file, 'utf8');
const yamlOf = (file) => parse(read(file), { merge: true });

/** The n-th synthetic organisation's id and its template. */
export function syntheticId(n) {
  const template = TEMPLATES[n % TEMPLATES.length];
  return { id: `synthetic-${String(n + 1).padStart(3, '0')}`, template };
}

/** Slug of a template's guideline in the copy: unique across the site, as slugs must be. */
const renamedSlug = (id, slug) => `${id}-${slug}`;

function guidelineSlugs(work, template) {
  return readdirSync(path.join(work, 'content/guidelines/da', template)).map((f) => f.replace(/\.mdx$/, ''));
}

function copyOrganisation(work, id, template, n) {
  const org = yamlOf(path.join(work, 'content/organisations', `${template}.yaml`));
  const number = String(n + 1).padStart(3, '0');
  org.id = id;
  org.name = Object.fromEntries(
    Object.keys(org.name).map((l) => [l, `${KIND_NAMES[org.kind][l]} ${number} (${COUNTRY_NAMES[org.country]})`]),
  );
  writeFileSync(path.join(work, 'content/organisations', `${id}.yaml`), stringify(org));
}

/** Renames the organisation and its guideline slugs wherever a policy or coverage file names them. */
function renameInData(data, id, slugs) {
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          k === 'guideline' && slugs.includes(x) ? renamedSlug(id, x) : k === 'organisation' ? id : walk(x),
        ]),
      );
    return v;
  };
  return walk(data);
}

function copyData(work, folder, id, template, slugs) {
  const file = path.join(work, 'content', folder, `${template}.yaml`);
  if (!existsSync(file)) return;
  writeFileSync(path.join(work, 'content', folder, `${id}.yaml`), stringify(renameInData(yamlOf(file), id, slugs)));
}

function copyGuidelines(work, id, template, slugs, locales) {
  for (const locale of locales) {
    const from = path.join(work, 'content/guidelines', locale, template);
    const to = path.join(work, 'content/guidelines', locale, id);
    mkdirSync(to, { recursive: true });
    for (const slug of slugs) {
      const text = read(path.join(from, `${slug}.mdx`))
        .replace(/^organisation: .*$/m, `organisation: ${id}`)
        .replace(/^slug: .*$/m, `slug: ${renamedSlug(id, slug)}`)
        .replace(
          new RegExp(`guidelines/${template}/(${slugs.join('|')})\\b`, 'g'),
          (_, s) => `guidelines/${id}/${renamedSlug(id, s)}`,
        );
      writeFileSync(path.join(to, `${renamedSlug(id, slug)}.mdx`), text);
    }
  }
}

/** Adds `count` synthetic organisations to the project at `work`; returns their ids. */
export function addSyntheticOrganisations(work, count, locales) {
  const ids = [];
  for (let n = 0; n < count; n++) {
    const { id, template } = syntheticId(n);
    const slugs = guidelineSlugs(work, template);
    copyOrganisation(work, id, template, n);
    copyData(work, 'rules', id, template, slugs);
    copyData(work, 'coverage', id, template, slugs);
    copyGuidelines(work, id, template, slugs, locales);
    ids.push(id);
  }
  // The renamed policies hash differently: their change notes are stamped with the new hashes.
  if (ids.length) {
    const stamped = spawnSync('node_modules/.bin/tsx', ['scripts/bench/stamp-rulesets.ts', ...ids], {
      cwd: work,
      encoding: 'utf8',
    });
    if (stamped.status !== 0) throw new Error(`stamping the synthetic policies failed: ${stamped.stderr}`);
  }
  return ids;
}
