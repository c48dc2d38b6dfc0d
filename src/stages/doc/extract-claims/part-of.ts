// A figure that counts a part of a larger group, not the whole: "Thirty of the injured", "from them 18",
// "the county's list includes three people who died in shelters and two who ...". The group as written becomes
// `ClaimMention.partOf`, so the align stage keeps parts out of the whole's slot.

/** "of the injured", "of those hurt", "of them", "of whom" right after the number. */
const OF_GROUP_AFTER_RE = /^\s*,?\s+(?:of|from)\s+((?:the|those|these)\s+[\p{L}-]+|them|whom|those|these)\b/iu;
/**
 * "from them 18", "Of them, 12", "among whom 3", "From the injured 12 persons" right before the number (a
 * translation's or a list's order).
 */
const OF_GROUP_BEFORE_RE = /\b(?:of|from|among)\s+(them|these|those|whom|the (?:injured|wounded|hurt|dead|victims|survivors|evacuated|missing|detained|arrested))\s*,?\s+$/i;
/**
 * "the city's list includes two people ...", "the toll also counts 5 children": a tally that includes the
 * figure. The verb must come right before it: "whose list includes people ..., now counts 44" gives the
 * whole, not a part.
 */
const TALLY_INCLUDES_BEFORE_RE =
  /((?:\b(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:[\p{L}-]+\s+)?(?:list|toll|count|figure|tally|total|number))\b[^.;\d]{0,40}?\s(?:also\s+)?(?:includes|included|include|counts)\s+$/iu;
/** "and two who died in clinics": the next item of a list of parts. */
const AND_BEFORE_RE = /\band\s+$/i;

/** The larger group the figure at [start, end) of sentence `s` is a part of, as written, or null. */
export function partOfGroup(s: string, start: number, end: number): string | null {
  // Each pattern runs only where its word is: most figures are wholes.
  const next = s.slice(end, end + 40);
  const after = next.includes('of ') || next.includes('from ') ? OF_GROUP_AFTER_RE.exec(next) : null;
  if (after) return after[1]!;
  const before = s.slice(Math.max(0, start - 90), start);
  const near = before.slice(-24).toLowerCase();
  const of = near.includes('th') || near.includes('whom') ? OF_GROUP_BEFORE_RE.exec(before) : null;
  if (of) return of[1]!;
  const tally = near.includes('includ') || near.includes('counts') ? TALLY_INCLUDES_BEFORE_RE.exec(before) : null;
  return tally ? tally[1]!.trim() : null;
}

/** Whether a figure starting at `start` is joined by "and" to the part before it, ending at `previousEnd`. */
export function nextPartOfList(s: string, previousEnd: number, start: number): boolean {
  const between = s.slice(previousEnd, start);
  return AND_BEFORE_RE.test(between) && !/[.;:]/.test(between) && between.length < 120;
}

/**
 * Between a whole's claim and the next figure, the words that make that figure a part of it: "23 people
 * were hurt, among them four nurses", "64 were treated, from them 7 miners" (a translation's order), "... of
 * whom two". No other figure or clause end between.
 */
const PART_LEAD_RE = /^[^.;\d]{0,80},\s*(?:among (?:them|whom)|of (?:them|whom)|from (?:them|whom))\s*,?\s*$/i;
/** "30 people were hurt, eight of them firefighters": the part names its group after the figure. */
const COMMA_ONLY_RE = /^[^.;\d]{0,80},\s*$/;
const OF_THEM_AFTER_RE = /^\s+of\s+(?:them|whom)\b/i;

/**
 * Whether the figure at [start, end) of `s` is a part of the whole counted by the claim ending at
 * `wholeEnd`, told after that whole's clause: "..., among them four nurses", "..., eight of them firefighters"
 * (`named`: a noun follows the figure, so "six of them fatally" is left to the outcome words).
 */
export function partAfterClause(s: string, wholeEnd: number, start: number, end: number, named: boolean): boolean {
  const between = s.slice(wholeEnd, start);
  if (PART_LEAD_RE.test(between)) return true;
  return named && COMMA_ONLY_RE.test(between) && OF_THEM_AFTER_RE.test(s.slice(end, end + 12));
}
