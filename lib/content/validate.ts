import { validateGuidelines } from './validate-guidelines';
import {
  validateOrganisations,
  validateTools,
  validateGlossary,
  validateMessages,
  validateSources,
} from './validate-data';
import type { Problem } from './problems';
import { validatePolicies } from '@/lib/wizard/validate-policies';
import { checkCoverage, type CoverageFigures } from '@/lib/wizard/coverage';

/** Validates all content under `root` and returns every problem found (empty when all is well). */
export async function validateContent(root: string): Promise<Problem[]> {
  return (await checkContent(root)).problems;
}

export interface ContentFigures extends CoverageFigures {
  /** Citations whose quote was looked up in its section. */
  quotesChecked: number;
}

/** All problems, and the figures the content check prints. */
export async function checkContent(root: string): Promise<{ problems: Problem[]; figures: ContentFigures }> {
  const organisations = validateOrganisations(root);
  const tools = validateTools(root);
  const glossary = validateGlossary(root);
  const guidelines = validateGuidelines(root, new Set(glossary.entries.map((e) => e.id)));
  const policies = validatePolicies(root, guidelines.guidelines);
  const coverage = checkCoverage(root, policies.policies, guidelines.guidelines);
  const quotesChecked = policies.policies
    .flatMap((p) => [...p.rules.flatMap((r) => r.cite), ...p.practices.flatMap((x) => x.cite)])
    .filter((c) => c.quote !== undefined).length;
  const problems = [
    ...organisations.problems,
    ...tools.problems,
    ...glossary.problems,
    ...validateSources(root),
    ...guidelines.problems,
    ...validateMessages(root),
    ...policies.problems,
    ...coverage.problems,
  ];
  return { problems, figures: { ...coverage.figures, quotesChecked } };
}
