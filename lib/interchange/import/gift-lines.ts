// Where each GIFT question starts. gift-pegjs returns questions without their positions, but GIFT separates
// questions (and $CATEGORY lines) by blank lines, and the parser refuses a blank line inside one, so the runs of
// non-blank lines of a file it accepted are its questions, in order.

const LINE_BREAK = /\r\n|\n|\r/;
const isBlank = (line: string) => /^[ \t]*$/.test(line);
const isComment = (line: string) => line.trimStart().startsWith("//");

/**
 * The 1-based line on which each item of `source` starts (a question or a $CATEGORY line, as gift-pegjs lists
 * them): the first line of each run of non-blank lines that is not a comment. Runs holding only comments are
 * no item. For a file the parser accepted, the list is as long as the parser's.
 */
export function itemLines(source: string): number[] {
  const starts: number[] = [];
  let inRun = false;
  let found = false;
  source.split(LINE_BREAK).forEach((line, index) => {
    if (isBlank(line)) {
      inRun = false;
      return;
    }
    if (!inRun) {
      inRun = true;
      found = false;
    }
    if (!found && !isComment(line)) {
      found = true;
      starts.push(index + 1);
    }
  });
  return starts;
}
