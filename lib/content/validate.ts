import { validateGuidelines } from './validate-guidelines';
import { validateOrganisations, validateTools, validateGlossary, validateMessages } from './validate-data';
import type { Problem } from './problems';

/** Validates all content under `root` and returns every problem found (empty when all is well). */
export async function validateContent(root: string): Promise<Problem[]> {
  const organisations = validateOrganisations(root);
  const tools = validateTools(root);
  const glossary = validateGlossary(root);
  const guidelines = await validateGuidelines(root, new Set(glossary.entries.map((e) => e.id)));
  return [
    ...organisations.problems,
    ...tools.problems,
    ...glossary.problems,
    ...guidelines.problems,
    ...validateMessages(root),
  ];
}
