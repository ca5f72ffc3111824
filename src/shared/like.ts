/** `text` as a literal inside a LIKE pattern: its own `%`, `_` and `\\` match only themselves. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** An ILIKE pattern matching `text` literally anywhere in the value. */
export function containsPattern(text: string): string {
  return `%${likeLiteral(text)}%`;
}

/** An ILIKE pattern matching values that start with `text` literally. */
export function prefixPattern(text: string): string {
  return `${likeLiteral(text)}%`;
}
