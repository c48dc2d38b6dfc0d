import type { EntityMention, TextSpan } from '../../../core/index.ts';
import { HEDGE_RE, NOT_SOURCE, PLAIN_WORD_RE, SAY_VERB_RE, SOURCE_AFTER_RE, SOURCE_SAID_AFTER_RE } from './patterns.ts';

/** Words that can make up a source phrase even when lower-case ("state media", "security officials"). */
const SOURCE_WORDS = new Set(
  (
    'state media regional provincial federal city county national senior district officials official police authorities authority ministry spokesperson spokesman spokeswoman government ' +
    'military army agency news sources source security local foreign interior defense defence office department ' +
    'witnesses witness residents medics doctors hospital rescuers rescue workers emergency services statement report ' +
    'reports broadcaster television tv radio newspaper outlet officers officer sheriff chief commander governor mayor ' +
    'minister president spokespeople investigators prosecutors coroner examiner medical state-run state-controlled ' +
    'run controlled official-run the of and press service services forces'
  ).split(' '),
);

export interface Attribution {
  span: TextSpan;
  entity: string | null;
}

/** The hedge word nearest a claim in its sentence ("reportedly", "claimed"), if any. */
export function findHedge(sentence: string, at: number): string | null {
  HEDGE_RE.lastIndex = 0;
  let best: string | null = null;
  let bestDist = Infinity;
  let m: RegExpExecArray | null;
  while ((m = HEDGE_RE.exec(sentence))) {
    const d = Math.abs(m.index - at);
    if (d < bestDist) {
      bestDist = d;
      best = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    }
  }
  return best;
}

/** Trims a "... X said" capture back to the source phrase: capitalized names and source words. */
function trimSource(words: string[]): string[] {
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const lw = w.toLowerCase().replace(/['’]s$/, '');
    if (/^[A-Z]/.test(w) || SOURCE_WORDS.has(lw)) out.unshift(w);
    else break;
  }
  while (out.length && /^(?:the|of|and)$/i.test(out[0]!) && out.length > 1 && out[0] !== 'the') out.shift();
  while (out.length && /^(?:of|and)$/i.test(out[out.length - 1]!)) out.pop();
  return out;
}

/**
 * Who the sentence says the claim comes from: "according to X", "citing X", "X said/reported/told",
 * "..., X said", "X quoted Y as saying". Offsets are into the document text (`base` is the
 * sentence's start). The source closest to the claim wins.
 */
export function findAttribution(sentence: string, base: number, at: number, mentions: readonly EntityMention[]): Attribution | null {
  const found: { start: number; end: number; weight: number }[] = [];
  SOURCE_AFTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SOURCE_AFTER_RE.exec(sentence))) {
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.trimEnd().length, weight: 0 });
  }
  // "X said": from each reporting verb, back over up to seven plain words (a regex that tried every
  // start position for this was the stage's slowest step).
  SAY_VERB_RE.lastIndex = 0;
  while ((m = SAY_VERB_RE.exec(sentence))) {
    const end = m.index;
    const words = sentence.slice(Math.max(0, end - 120), end).split(/\s+/);
    let from = words.length;
    while (from > 0 && words.length - from < 7 && PLAIN_WORD_RE.test(words[from - 1]!)) from--;
    const kept = trimSource(words.slice(from));
    if (kept.length === 0 || (kept.length === 1 && NOT_SOURCE.has(kept[0]!.toLowerCase()))) continue;
    const phrase = kept.join(' ');
    const start = end - phrase.length;
    if (sentence.slice(start, end) !== phrase) continue;
    found.push({ start, end, weight: 1 });
  }
  SOURCE_SAID_AFTER_RE.lastIndex = 0;
  while ((m = SOURCE_SAID_AFTER_RE.exec(sentence))) {
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length, weight: 1 });
  }
  // "Islamabad condemned the strikes, saying they killed ...": the sentence's subject speaks.
  if (found.length === 0) {
    const saying = /,\s*(?:saying|adding|claiming|stating)\b/.exec(sentence);
    if (saying) {
      const subj = /^\s*((?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|[a-z]+(?=\s+[A-Z])|ministry|officials|media|police|military|government|army)){0,5})/.exec(sentence);
      if (subj && !NOT_SOURCE.has(subj[1]!.toLowerCase())) found.push({ start: subj.index + subj[0].length - subj[1]!.length, end: subj.index + subj[0].length, weight: 2 });
    }
  }
  if (found.length === 0) return null;
  let best = found[0]!;
  let bestCost = Infinity;
  for (const f of found) {
    const cost = f.weight * 1000 + Math.min(Math.abs(f.start - at), Math.abs(f.end - at));
    if (cost < bestCost) {
      bestCost = cost;
      best = f;
    }
  }
  const start = base + best.start;
  const end = base + best.end;
  const text = sentence.slice(best.start, best.end);
  let entity: string | null = null;
  for (const mention of mentions) {
    if (mention.start >= start && mention.end <= end && mention.type !== 'MISC') entity = mention.entity;
  }
  return { span: { start, end, text }, entity };
}
