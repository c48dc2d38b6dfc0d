import type { Flag, TextSpan } from '../../../core/index.ts';
import { textSpan } from '../../../core/index.ts';
import { paragraphSpans } from '../split-sentences/paragraph-spans.ts';
import { sentenceSpans } from '../split-sentences/sentence-spans.ts';
import { OPINION_CUES, OPINION_MIN_SCORE, OPINION_STRONG_CUE, REPORTING_VERB, TRANSLATION_CUES, TRANSLATION_MIN_SCORE } from './patterns.ts';

const QUOTED = /“[^”]*”|"[^"\n]*"|‘[^’\n]{2,}’(?![\p{L}])/gu;

/** The text with quoted words blanked out (same length, so offsets still hold). */
export function maskQuotes(text: string): string {
  return text.replace(QUOTED, (m) => ' '.repeat(m.length));
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
