// `npm run content:check`: validate every article and question set; print each problem as file:line.
import { loadContent } from "../lib/content/load";
import { formatProblem } from "../lib/content/types";

const dir = process.argv[2] ?? "content";
const { articles, sets, problems } = loadContent(dir);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${dir}/`);
  process.exit(1);
}
const questions = sets.reduce((sum, set) => sum + set.questions.length, 0);
console.log(`content ok: ${articles.length} articles, ${sets.length} sets, ${questions} questions`);
