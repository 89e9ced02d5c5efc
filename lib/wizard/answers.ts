/**
 * Reading wizard answers from URLs. Unknown values are dropped, never echoed.
 */
import {
  needIds,
  organisationIds,
  purposeIds,
  dataClassIds,
  type NeedId,
  type OrganisationId,
  type PurposeId,
  type DataClassId,
} from '@/lib/vocabulary';

/** `?needs=chat,recording` or `?needs=chat&needs=recording` (as a form sends it), or `none`. */
export function parseNeeds(values: string | string[] | null | undefined): NeedId[] {
  const raw = (Array.isArray(values) ? values : values ? [values] : []).flatMap((v) => v.split(','));
  return needIds.filter((n) => raw.map((r) => r.trim()).includes(n));
}

export function isOrganisationId(v: string): v is OrganisationId {
  return (organisationIds as readonly string[]).includes(v);
}
export function isPurposeId(v: string): v is PurposeId {
  return (purposeIds as readonly string[]).includes(v);
}
export function isDataClassId(v: string): v is DataClassId {
  return (dataClassIds as readonly string[]).includes(v);
}
