// Reusing a past answer: the draft gets the answer and a line crediting its author.
export function withCitation(draft: string, answer: string, citation: string): string {
  const parts = [draft.trimEnd(), answer.trim(), `_${citation}_`].filter((part) => part.length > 0);
  return `${parts.join('\n\n')}\n`;
}
