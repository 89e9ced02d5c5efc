import { validateGuidelines } from './validate-guidelines';
import { validateOrganisations, validateTools, validateGlossary, validateMessages } from './validate-data';
import type { Problem } from './problems';
import { validatePolicies } from '@/lib/wizard/validate-policies';

/** Validates all content under `root` and returns every problem found (empty when all is well). */
export async function validateContent(root: string): Promise<Problem[]> {
  const organisations = validateOrganisations(root);
  const tools = validateTools(root);
  const glossary = validateGlossary(root);
  const guidelines = await validateGuidelines(root, new Set(glossary.entries.map((e) => e.id)));
  const policies = validatePolicies(root, guidelines.guidelines);
  return [
    ...organisations.problems,
    ...tools.problems,
    ...glossary.problems,
    ...guidelines.problems,
    ...validateMessages(root),
    ...policies.problems,
  ];
}
