import type { ClaimMention, Doc } from '../../../core/index.ts';
import { AS_OF_BEFORE, CARE_VERB, SAID_AFTER, FACILITY_PHRASE, FACILITY_SOURCE, FROM_BEFORE, MEASURE_CHANGE, ORDINAL_COUNT, PART_AFTER, PART_BEFORE, TO_AFTER, TOLL_UPDATE } from './patterns.ts';

/** How far before a date the words that govern it are looked for. */
const GOVERNOR_CHARS = 60;

function sentenceBounds(doc: Doc, claim: ClaimMention): { start: number; end: number } {
  const s = doc.layers.sentences?.[claim.sentence];
  if (s) return { start: s.start, end: s.end };
  const start = doc.text.indexOf(claim.sentenceText);
  return start >= 0 ? { start, end: start + claim.sentenceText.length } : { start: claim.quantity.start, end: claim.quantity.end };
}

/**
 * The sentence tells a count as it stands or as it rose ("has risen to 40", "12 are still missing"),
 * or the figure is an ordinal ("the fourth suspect detained"): the count so far.
 */
export function tellsUpdate(doc: Doc, claim: ClaimMention): boolean {
  if (ORDINAL_COUNT.test(claim.quantity.text.trim())) return true;
  const { start, end } = sentenceBounds(doc, claim);
  return TOLL_UPDATE.test(doc.text.slice(start, end));
}

/**
 * Whether a toll's date is the day it was counted rather than the day of the happening: the
 * sentence tells a count as it stands ("rose to", "still", "now"), or the date follows a verb of
 * saying or an as-of word ("said on Monday that", "by Wednesday"), or leads a clause whose verb is
 * one ("On Friday the agency put the toll at 37"). A toll has the happening's date;
 * a count given on Monday and another given on Thursday are one toll, not two happenings.
 */
export function isCountDate(doc: Doc, claim: ClaimMention, day: string): boolean {
  const { start, end } = sentenceBounds(doc, claim);
  if (tellsUpdate(doc, claim)) return true;
  for (const t of doc.layers.timexes ?? []) {
    if (t.start < start || t.end > end || !t.value.startsWith(day.slice(0, 10))) continue;
    if (AS_OF_BEFORE.test(doc.text.slice(Math.max(start, t.start - GOVERNOR_CHARS), t.start))) return true;
    if (SAID_AFTER.test(doc.text.slice(t.end, Math.min(end, t.end + GOVERNOR_CHARS)))) return true;
  }
  return false;
}

/**
 * The named care facility a toll is restricted to ("86 injured had been admitted to St Anselm's
 * Hospital", "At Verrin General Hospital, 40 were treated"), or null. Such a figure is a part of the
 * toll, one facility's intake, not another count of the whole. The care verb and the facility must
 * be in the quantity's own clause, with no other figure between them and it.
 */
export function careFacility(doc: Doc, claim: ClaimMention): string | null {
  const { start, end } = sentenceBounds(doc, claim);
  const sentence = doc.text.slice(start, end);
  const qs = Math.max(0, Math.min(claim.quantity.start - start, sentence.length));
  const qe = Math.max(qs, Math.min(claim.quantity.end - start, sentence.length));
  const semi = sentence.indexOf(';', qe);
  const after = sentence.slice(qe, semi >= 0 ? semi : sentence.length);
  // Both readings need a care verb after the figure in its clause: most tolls have none.
  if (!CARE_VERB.test(after)) return null;
  const before = sentence.slice(sentence.lastIndexOf(';', qs) + 1, qs);
  // "... admitted to St Anselm's Hospital": the phrase after the figure, no other figure in between.
  const a = FACILITY_PHRASE.exec(after);
  if (a && CARE_VERB.test(after.slice(0, a.index + a[0].length)) && !/\d/.test(after.slice(0, a.index))) return a[1].trim();
  // "At St Anselm's Hospital, 86 injured had been admitted": the phrase leads the clause.
  const b = FACILITY_PHRASE.exec(before);
  if (b && !/\d/.test(before.slice(b.index)) && CARE_VERB.test(after)) return b[1].trim();
  return null;
}

/**
 * The named care facility a part of a toll was counted by: "Ilmira General Hospital said it had
 * admitted 35 of the injured" is that hospital's intake, as "35 were admitted to Ilmira General
 * Hospital" is. Only for a figure already read as a part: a hospital's own count of everyone hurt
 * ("the hospital said it had treated 17 injured people") stays a count of the whole toll.
 */
export function sourceFacility(doc: Doc, claim: ClaimMention): string | null {
  const { start, end } = sentenceBounds(doc, claim);
  const before = doc.text.slice(start, Math.max(start, Math.min(claim.quantity.start, end)));
  const m = FACILITY_SOURCE.exec(before);
  if (!m || !CARE_VERB.test(before.slice(m.index + m[0].length))) return null;
  return m[1]!.replace(/^the\s+/i, '').trim();
}

/**
 * The words around a toll's figure mark it as a part of a larger toll: "the two deaths would be
 * added" (a group already told of), "it also counts two residents", "two of her residents died".
 * Only the figure's own sentence is read; the caller checks that the document gives a larger figure.
 */
export function isPartOfLarger(doc: Doc, claim: ClaimMention): boolean {
  const { start, end } = sentenceBounds(doc, claim);
  const qs = Math.max(start, Math.min(claim.quantity.start, end));
  const qe = Math.max(qs, Math.min(claim.quantity.end, end));
  return PART_BEFORE.test(lastWords(doc.text, Math.max(start, qs - 40), qs, 3)) || PART_AFTER.test(doc.text.slice(qe, end));
}

/**
 * The last `n` words of text[from, to) with the space after them: a pattern anchored at the end
 * ("... including $") is tried at every start position, so it is run on a few words, not a window.
 */
function lastWords(text: string, from: number, to: number, n: number): string {
  let at = to;
  while (at > from && isSpace(text.charCodeAt(at - 1))) at--;
  for (let words = 0; at > from && words < n; words++) {
    while (at > from && !isSpace(text.charCodeAt(at - 1))) at--;
    if (words < n - 1) while (at > from && isSpace(text.charCodeAt(at - 1))) at--;
  }
  return text.slice(at, to);
}

/** Space, tab, line breaks and the no-break space: what separates words in a news text. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

/** The sentence tells that a measure changed ("the zone was widened to 8 km"). */
export function tellsChange(doc: Doc, claim: ClaimMention): boolean {
  const { start, end } = sentenceBounds(doc, claim);
  return MEASURE_CHANGE.test(doc.text.slice(start, end));
}

/**
 * The figure a change started from: "widened the zone from 5 km to 8 km" gives 5 only as the
 * earlier state, which earlier reports tell as such; read as a figure of its own, it would stand
 * beside 8 as a disagreement of one report with itself.
 */
export function isEarlierFigure(doc: Doc, claim: ClaimMention): boolean {
  const { start, end } = sentenceBounds(doc, claim);
  const qs = Math.max(start, Math.min(claim.quantity.start, end));
  const qe = Math.max(qs, Math.min(claim.quantity.end, end));
  if (!FROM_BEFORE.test(doc.text.slice(Math.max(start, qs - 10), qs)) || !TO_AFTER.test(doc.text.slice(qe, end))) return false;
  return MEASURE_CHANGE.test(doc.text.slice(start, qs));
}
