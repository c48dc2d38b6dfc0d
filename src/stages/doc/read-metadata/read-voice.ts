import type { Flag, TextSpan } from '../../../core/index.ts';
import { textSpan } from '../../../core/index.ts';
import { paragraphSpans } from '../split-sentences/paragraph-spans.ts';
import { sentenceSpans } from '../split-sentences/sentence-spans.ts';
import { OPINION_CUES, OPINION_MIN_SCORE, OPINION_STRONG_CUE, REPORTING_VERB, TRANSLATION_CUES, TRANSLATION_MIN_SCORE } from './patterns.ts';

/** A quotation longer than this is an unclosed mark, not a quote. */
const MAX_QUOTE_CHARS = 4000;

/**
 * The text with quoted words blanked out (same length, so offsets still hold). One pass: the next
 * closing mark is looked up once and reused, so unclosed marks cannot make it quadratic.
 */
export function maskQuotes(text: string): string {
  const parts: string[] = [];
  let last = 0;
  let nextCurly = -2;
  let nextStraight = -2;
  let nextNewline = -2;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let close = -1;
    if (c === 0x201c) {
      if (nextCurly !== -1 && nextCurly <= i) nextCurly = text.indexOf('”', i + 1);
      close = nextCurly;
    } else if (c === 0x22) {
      if (nextStraight !== -1 && nextStraight <= i) nextStraight = text.indexOf('"', i + 1);
      if (nextNewline !== -1 && nextNewline <= i) nextNewline = text.indexOf('\n', i + 1);
      close = nextStraight;
      // Straight quotes pair within a line.
      if (nextNewline >= 0 && close > nextNewline) close = -1;
    }
    if (close > i && close - i <= MAX_QUOTE_CHARS) {
      parts.push(text.slice(last, i), ' '.repeat(close + 1 - i));
      last = close + 1;
      i = close + 1;
      continue;
    }
    i++;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * Editorial voice scored over the writer's own sentences (quotes masked, reported speech skipped):
 * exhortation ("Let us ..."), first person plural duty ("we must"), judgement of what others should
 * have done. Null when the score stays under the threshold.
 */
export function readOpinion(text: string): Flag | null {
  const masked = maskQuotes(text);
  const hits: { start: number; end: number; weight: number }[] = [];
  for (const cue of OPINION_CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(masked); m !== null; m = cue.re.exec(masked)) hits.push({ start: m.index, end: m.index + m[0].length, weight: cue.weight });
  }
  let possible = 0;
  for (const h of hits) possible += h.weight;
  if (possible < OPINION_MIN_SCORE) return null;
  // Only now split into sentences, to drop cues inside reported speech.
  const spans: { start: number; end: number }[] = [];
  for (const p of paragraphSpans(masked)) sentenceSpans(masked, p.start, p.end, spans);
  let score = 0;
  let strong = false;
  const evidence: TextSpan[] = [];
  const sentencesWithCues = new Set<number>();
  hits.sort((a, b) => a.start - b.start);
  let si = 0;
  for (const h of hits) {
    while (si < spans.length - 1 && spans[si].end <= h.start) si++;
    const s = spans[si];
    if (!s || REPORTING_VERB.test(masked.slice(s.start, s.end))) continue;
    score += h.weight;
    if (h.weight >= OPINION_STRONG_CUE) strong = true;
    sentencesWithCues.add(s.start);
    evidence.push(textSpan(text, h.start, h.end));
  }
  if (score < OPINION_MIN_SCORE || !strong || sentencesWithCues.size < 2) return null;
  return {
    code: 'opinion',
    message: `editorial voice in ${sentencesWithCues.size} of the writer's own sentences (score ${score}): exhortation, first person plural, judgements of what should be done`,
    evidence,
  };
}

export function readTranslation(text: string): Flag | null {
  let score = 0;
  const evidence: TextSpan[] = [];
  const what: string[] = [];
  for (const cue of TRANSLATION_CUES) {
    cue.re.lastIndex = 0;
    let found = false;
    for (let m = cue.re.exec(text); m !== null; m = cue.re.exec(text)) {
      if (!found) score += cue.weight;
      found = true;
      evidence.push(textSpan(text, m.index, m.index + m[0].length));
    }
    if (found) what.push(cue.what);
  }
  if (score < TRANSLATION_MIN_SCORE) return null;
  return { code: 'machine-translated', message: `likely a translation: ${what.join('; ')}`, evidence };
}
