/** The reply above its source lines, as the grader reads it: a figure only in a quoted line does not count. */
export function replyBody(text: string): string {
  const lines = text.split('\n');
  const firstSource = lines.findIndex((l) => /^(来源：|Source:)/.test(l));
  return (firstSource < 0 ? lines : lines.slice(0, firstSource)).join('\n');
}
