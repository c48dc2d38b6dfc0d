import { RELATED_MIN_WORDS } from './patterns.ts';

const SENTENCE_WORDS = /\b(?:is|are|was|were|am|had|did|said|would|could)\b/i;
const DANGLING_END = /\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|were|was|is|are|he|she|they|that|which|who|his|her|their)\W*$/i;
const ENDS_SENTENCE = /[.!?…:]["'”’)\]]*$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const STOP = new Set([
  'the', 'and', 'for', 'with', 'from', 'that', 'this', 'into', 'over', 'after', 'before', 'about', 'amid', 'says', 'said',
  'will', 'have', 'has', 'been', 'were', 'was', 'are', 'its', 'their', 'his', 'her', 'how', 'why', 'what', 'when', 'who',
]);

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Word stems good enough for overlap: lowercase, first five letters. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    const l = w.toLowerCase();
    if (l.length < 4 || STOP.has(l)) continue;
    out.add(l.slice(0, 5));
  }
  return out;
}

/** Share of the words after the first that start with a capital: Title Case scores near 1. */
export function capitalizedShare(line: string): number {
  const ws = words(line).slice(1).filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  if (ws.length === 0) return 1;
  let caps = 0;
  for (const w of ws) if (/^\p{Lu}/u.test(w)) caps++;
  return caps / ws.length;
}

/**
 * A headline-like line standing alone between body paragraphs is a link to another story, not a
 * subheading, when it reads like a full news headline (long, sentence case) and the paragraph after
 * it does not take up its words. Subheadings are short labels or Title Case section names and
 * announce what follows.
 */
export function looksLikeRelatedHeadline(line: string, previousParagraph: string | null, nextParagraph: string | null): boolean {
  const n = words(line).length;
  if (n < RELATED_MIN_WORDS) return false;
  // Headlines rarely have a comma, a question mark or a finite copula; they never end on a function
  // word. A line with any of these is more likely a sentence that lost its period, or a wrapped line.
  if (line.includes(',') || /\?\W*$/.test(line) || /^[QA]:/.test(line)) return false;
  if (SENTENCE_WORDS.test(line) || DANGLING_END.test(line)) return false;
  if (nextParagraph !== null && /^\p{Ll}/u.test(nextParagraph)) return false;
  // Between complete paragraphs only: where the text around has lost its punctuation, so may this line.
  if (previousParagraph !== null && !ENDS_SENTENCE.test(previousParagraph)) return false;
  if (capitalizedShare(line) >= 0.6) return false;
  if (nextParagraph === null) return true;
  const own = stems(line);
  if (own.size === 0) return false;
  const next = stems(nextParagraph);
  let shared = 0;
  for (const s of own) if (next.has(s)) shared++;
  return shared / own.size < 0.5;
}
