// Words from lists and from the corpus (role words, outlet names, trigger forms) are built into
// patterns; each is matched as written.

/** The text with every character a pattern gives a meaning escaped, so a RegExp matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
