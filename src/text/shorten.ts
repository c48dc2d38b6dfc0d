// Cutting a text to a length for a label, a table cell or a summary line: one rule for the
// pipeline (timeline summaries) and the reports (terminal, Markdown, HTML), so they cut alike.

/** The last space must lie past this share of the room, or the cut is made mid-word (one long word). */
const MIN_WORD_CUT = 0.6;

/**
 * At most `max` characters, the ellipsis included: cut at the last word boundary that keeps the
 * room, or mid-word when the only boundary is too early to leave a useful text. Trailing spaces
 * and commas before the ellipsis are dropped. A text that fits is returned unchanged.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // A space right after the room left for the ellipsis still ends a whole word.
  const space = text.lastIndexOf(' ', max - 1);
  const kept = text.slice(0, space > max * MIN_WORD_CUT ? space : Math.max(0, max - 1));
  return `${kept.replace(/[\s,;:]+$/, '')}…`;
}
