/**
 * The organisations the portal publishes: one file each in content/organisations/, so adding an
 * organisation is adding content, not code. Their ids are public identifiers (vocabulary.md): adding
 * one is fine, renaming one breaks links. Server-side only (it reads the content folder).
 *
 * The order is the one people look for them in: country (DK, SE, NO), then kind (regions before
 * municipalities), then name. Lists, the matrix and the wizard's first question all follow it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const organisationsDir = 'content/organisations';
export const countries = ['DK', 'SE', 'NO'] as const;
export type Country = (typeof countries)[number];
export const organisationKinds = ['region', 'municipality'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** An organisation id: the name of its file in content/organisations/ (checked against the registry). */
export type OrganisationId = string;

interface SortKey {
  id: string;
  country: number;
  kind: number;
  name: string;
}

/** What ordering needs, read leniently: a broken file sorts last and is reported by the content check. */
function sortKey(root: string, file: string): SortKey {
  const id = file.replace(/\.yaml$/, '');
  let data: { country?: unknown; kind?: unknown; name?: { da?: unknown } } = {};
  try {
    data = (parse(readFileSync(join(root, organisationsDir, file), 'utf8')) ?? {}) as typeof data;
  } catch {
    // the content check names the syntax error with its line
  }
  const rank = (list: readonly string[], v: unknown) => {
    const i = list.indexOf(String(v));
    return i < 0 ? list.length : i;
  };
  return {
    id,
    country: rank(countries, data.country),
    kind: rank(organisationKinds, data.kind),
    name: typeof data.name?.da === 'string' ? data.name.da : id,
  };
}

/** The organisation ids under `root`, in display order. */
export function readOrganisationIds(root = process.cwd()): [OrganisationId, ...OrganisationId[]] {
  let files: string[] = [];
  try {
    files = readdirSync(join(root, organisationsDir)).filter((f) => f.endsWith('.yaml'));
  } catch {
    // no folder: the content check says so
  }
  const ids = files
    .map((f) => sortKey(root, f))
    .sort(
      (a, b) =>
        a.country - b.country || a.kind - b.kind || a.name.localeCompare(b.name, 'da') || (a.id < b.id ? -1 : 1),
    )
    .map((k) => k.id);
  // zod's enum needs at least one value; an empty folder is reported by the content check.
  return ids.length ? (ids as [string, ...string[]]) : ['(no-organisations)'];
}

export const organisationIds = readOrganisationIds();

/**
 * The entry of `org` in a record keyed by organisation. Every record is built from the same list, so
 * a missing entry is a bug in the build: it fails there, naming the organisation, not as a blank cell.
 */
export function forOrganisation<T>(record: Readonly<Record<OrganisationId, T>>, org: OrganisationId): T {
  const value = record[org];
  if (value === undefined)
    throw new Error(`no entry for the organisation "${org}" (known: ${Object.keys(record).join(', ')})`);
  return value;
}
