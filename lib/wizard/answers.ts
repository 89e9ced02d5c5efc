/**
 * Reading wizard answers from URLs. Unknown values are dropped, never echoed.
 */
import { needIds, purposeIds, dataClassIds, type NeedId, type PurposeId, type DataClassId } from '@/lib/vocabulary';
import { organisationIds, type OrganisationId } from '@/lib/organisations';

/** Whether a URL's value is one of a list of ids (and so safe to use and show). */
export function isOneOf<T extends string>(ids: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (ids as readonly string[]).includes(value);
}

/** `?needs=chat,recording` or `?needs=chat&needs=recording` (as a form sends it), or `none`. */
export function parseNeeds(values: string | string[] | null | undefined): NeedId[] {
  const raw = (Array.isArray(values) ? values : values ? [values] : []).flatMap((v) => v.split(','));
  return needIds.filter((n) => raw.map((r) => r.trim()).includes(n));
}

export const isOrganisationId = (v: string): v is OrganisationId => isOneOf(organisationIds, v);
export const isPurposeId = (v: string): v is PurposeId => isOneOf(purposeIds, v);
export const isDataClassId = (v: string): v is DataClassId => isOneOf(dataClassIds, v);
