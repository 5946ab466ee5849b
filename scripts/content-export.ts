// `npm run -s content:export`: the whole question bank as JSON on stdout, each citation with its passage.
import { exportBank } from "../lib/content/export";
import { loadContent } from "../lib/content/load";
import { formatProblem } from "../lib/content/types";

const content = loadContent();
if (content.problems.length > 0) {
  for (const problem of content.problems) console.error(formatProblem(problem));
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(exportBank(content), null, 2)}\n`);
