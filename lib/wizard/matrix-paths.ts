/**
 * URLs of the tool matrices (README.md › URLs): every prefix of a situation matrix is a page.
 *   /{locale}/tools/                           overview (counts per tool × organisation)
 *   /{locale}/tools/matrix/                    the 24 situations
 *   /{locale}/tools/matrix/{purpose}/          the 4 data classes of one purpose
 *   /{locale}/tools/matrix/{purpose}/{data}/   one situation: a verdict per tool × organisation
 */
import { localePath } from '@/lib/i18n/paths';
import { inEveryLocale, type Locale } from '@/lib/i18n/routing';
import { purposeIds, type PurposeId, type ToolId } from '@/lib/vocabulary';
import { type OrganisationId } from '@/lib/organisations';
import { matrixSituations, type MatrixSituation } from './matrix';
import { isDataClassId, isPurposeId } from './answers';

export function matrixPaths(locale: Locale) {
  return {
    overview: localePath(locale, 'tools'),
    index: localePath(locale, 'tools', 'matrix'),
    purpose: (purpose: PurposeId) => localePath(locale, 'tools', 'matrix', purpose),
    situation: ({ purpose, data }: MatrixSituation) => localePath(locale, 'tools', 'matrix', purpose, data),
    /** The wizard outcome: the verdicts with their conditions and citations. */
    outcome: (organisation: OrganisationId, { purpose, data }: MatrixSituation) =>
      localePath(locale, 'wizard', organisation, purpose, data),
    tool: (tool: ToolId) => localePath(locale, 'tools', tool),
    /** A tool's section for one organisation on the tool page. */
    toolSection: (tool: ToolId, organisation: OrganisationId) => `${localePath(locale, 'tools', tool)}#${organisation}`,
  };
}

/** Site paths without the locale, for the sitemap (lib/site-pages.ts). */
export const matrixSitePaths = (): string[] => [
  'tools/matrix',
  ...purposeIds.map((purpose) => `tools/matrix/${purpose}`),
  ...matrixSituations.map(({ purpose, data }) => `tools/matrix/${purpose}/${data}`),
];

/** Static params of the matrix routes. */
export const matrixPurposeParams = () => inEveryLocale(purposeIds.map((purpose) => ({ purpose })));
export const matrixSituationParams = () =>
  inEveryLocale(matrixSituations.map(({ purpose, data }) => ({ purpose, data })));

/** The situation a matrix route names, or undefined for an unknown purpose or data class. */
export function matrixSituationOf(params: { purpose: string; data: string }): MatrixSituation | undefined {
  const { purpose, data } = params;
  return isPurposeId(purpose) && isDataClassId(data) ? { purpose, data } : undefined;
}
