// Validates content/ and prints one line per problem: `file › field: problem. Hint: fix`.
// Runs before contentlayer in `npm run build`, and alone as `npm run check:content`.
import { checkContent } from '../lib/content/validate';
import { formatProblem } from '../lib/content/problems';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const { problems, figures } = await checkContent(root);
const coverage = `${figures.quotesChecked} quotes checked; ${figures.normative} normative sentences: ${figures.quoted} quoted, ${figures.informative} declared informative`;
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n${coverage}\n✗ ${problems.length} content problem(s). Nothing was built.`);
  process.exit(1);
}
console.log(`✓ content is valid (${Math.round(performance.now() - started)} ms): ${coverage}`);
