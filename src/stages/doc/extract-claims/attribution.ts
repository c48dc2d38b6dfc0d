import type { EntityMention, TextSpan } from '../../../core/index.ts';
import {
  APPOSITIVE_SOURCE_RE, BRACKET_ACRONYM_RE, FIGURE_VERB_RE, SOURCE_BY_AFTER_RE, SOURCE_LEAD_WORD_RE, HEDGE_RE, LOWER_SOURCE_OPENING_RE, NOT_IN_SOURCE_RE, NOT_SOURCE, PLACE_PHRASE_BEFORE_RE, PLAIN_WORD_RE, RELATIVE_BEFORE_RE, RELATIVE_CLAUSE_BEFORE_RE,
  SAY_VERB_RE, SOURCE_ADVERB_BEFORE_RE, SOURCE_AFTER_RE, SOURCE_SAID_AFTER_RE, SOURCE_TRANSLATED_RE,
} from './patterns.ts';

/** Words that can make up a source phrase even when lower-case ("state media", "security officials"). */
const SOURCE_WORDS = new Set(
  (
    'state media regional provincial federal city county national senior district officials official police authorities authority ministry spokesperson spokesman spokeswoman government ' +
    'military army agency news sources source security local foreign interior defense defence office department ' +
    'witnesses witness residents medics doctors hospital rescuers rescue workers emergency services statement report ' +
    'reports broadcaster television tv radio newspaper outlet officers officer sheriff chief commander governor mayor ' +
    'minister president spokespeople investigators prosecutors coroner examiner medical state-run state-controlled ' +
    'run controlled official-run the of and press service services forces bureau council board institute centre center ' +
    'commission committee administration clinic observatory brigade hall'
  ).split(' '),
);

/** How far after its verb a claim is still that verb's object ("said on Monday that at least 31 ..."). */
const OBJECT_REACH = 40;

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
  // "On Friday the bureau": a leading preposition or day is the sentence's, not the source's.
  let lead = -1;
  for (let i = 0; i < out.length - 1; i++) if (SOURCE_LEAD_WORD_RE.test(out[i]!)) lead = i;
  if (lead >= 0) out.splice(0, lead + 1);
  while (out.length && /^(?:the|of|and)$/i.test(out[0]!) && out.length > 1 && out[0] !== 'the') out.shift();
  while (out.length && /^(?:of|and)$/i.test(out[out.length - 1]!)) out.pop();
  return out;
}

/**
 * The source phrase that ends at a verb: up to seven plain words back, trimmed to names and source
 * words; an acronym in brackets after the name is kept ("The Disaster Agency (DA) said"), adverbs
 * between are read past ("the office also put"), "X, which put" is X, and "X in Y measured" is X.
 */
function sourceBefore(sentence: string, verbAt: number, depth = 0): { start: number; end: number } | null {
  let end = verbAt;
  for (let a = SOURCE_ADVERB_BEFORE_RE.exec(sentence.slice(Math.max(0, end - 20), end)); a; a = SOURCE_ADVERB_BEFORE_RE.exec(sentence.slice(Math.max(0, end - 20), end))) end -= a[0].length;
  // Both the relative clause and the appositive end in a comma just before the verb: most sources do not.
  let j = end - 1;
  while (j > 0 && sentence[j] === ' ') j--;
  const comma = sentence[j] === ',';
  const relative = RELATIVE_BEFORE_RE.exec(sentence.slice(Math.max(0, end - 10), end)) ?? (comma ? RELATIVE_CLAUSE_BEFORE_RE.exec(sentence.slice(Math.max(0, end - 100), j + 1)) : null);
  if (relative) return depth < 2 ? sourceBefore(sentence, sentence.slice(0, end).trimEnd().length - relative[0].length, depth + 1) : null;
  const appositive = comma ? APPOSITIVE_SOURCE_RE.exec(sentence.slice(Math.max(0, end - 120), j + 1)) : null;
  if (appositive) {
    // "the district mayor, Jane Roe, says": the noun phrase and its name, or the name alone.
    const close = sentence.slice(0, end).trimEnd().length;
    const nameEnd = close - 1;
    const noun = trimSource(appositive[1]!.split(/\s+/));
    const nounText = noun.join(' ');
    const nounEnd = nameEnd - appositive[2]!.length - 2;
    const start = noun.length && sentence.slice(nounEnd - nounText.length, nounEnd) === nounText ? nounEnd - nounText.length : nameEnd - appositive[2]!.length;
    return { start, end: nameEnd };
  }
  const words = sentence.slice(Math.max(0, end - 120), end).split(/\s+/);
  let from = words.length;
  const acronym = from > 1 && BRACKET_ACRONYM_RE.test(words[from - 1]!) ? words[--from]! : null;
  const last = from;
  while (from > 0 && last - from < 7 && PLAIN_WORD_RE.test(words[from - 1]!)) from--;
  const kept = trimSource(words.slice(from, last));
  if (kept.length === 0 && !acronym) {
    // "The town hall, which ..., says": a lower-case source alone at the opening.
    const opening = sentence.includes('The') ? LOWER_SOURCE_OPENING_RE.exec(`${sentence.slice(0, end)} `) : null;
    return opening && !NOT_IN_SOURCE_RE.test(` ${opening[1]!}`) ? { start: opening.index + opening[0].length - 1 - opening[1]!.length, end } : null;
  }
  if (kept.length === 0 || (kept.length === 1 && NOT_SOURCE.has(kept[0]!.toLowerCase()))) return null;
  if (acronym) {
    if (kept[kept.length - 1] !== words[last - 1]) return null;
    kept.push(acronym);
  }
  const phrase = kept.join(' ');
  let start = end - phrase.length;
  if (sentence.slice(start, end) !== phrase) return null;
  const place = PLACE_PHRASE_BEFORE_RE.exec(sentence.slice(Math.max(0, start - 40), start));
  if (place && depth < 2) {
    const owner = sourceBefore(sentence, start - place[0].length + 1, depth + 1);
    if (owner) return owner;
  }
  const opening = start > 4 && sentence.includes('The') ? LOWER_SOURCE_OPENING_RE.exec(sentence.slice(0, start)) : null;
  if (opening && !NOT_IN_SOURCE_RE.test(` ${opening[1]!}`)) start = opening.index + opening[0].length - opening[1]!.length - (opening[0].length - opening[0].trimEnd().length);
  return { start, end };
}

/** A source phrase in a sentence; `verb`: where its verb ends (a claim right after it is the verb's object: "X had counted 41"). */
interface Source { start: number; end: number; weight: number; verb?: number }

/** The sentence read last: every claim of a sentence asks for its sources in turn. */
let cached: { sentence: string; found: Source[] } | null = null;

/** Every source phrase in a sentence, with its weight (0 "according to", 1 "X said", 2 the subject of ", saying"). */
function sourcesIn(sentence: string): Source[] {
  if (cached && cached.sentence === sentence) return cached.found;
  const found: Source[] = [];
  SOURCE_AFTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SOURCE_AFTER_RE.exec(sentence))) {
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.trimEnd().length, weight: 0 });
  }
  // "X said": from each reporting verb, back over up to seven plain words (a regex that tried every
  // start position for this was the stage's slowest step). "X set its magnitude at": the same, from a
  // verb that gives a figure.
  for (const verbs of [SAY_VERB_RE, FIGURE_VERB_RE]) {
    verbs.lastIndex = 0;
    while ((m = verbs.exec(sentence))) {
      const source = sourceBefore(sentence, m.index);
      if (source) found.push({ ...source, weight: 1, verb: m.index + m[0].length });
    }
  }
  // "by the data of the Health Ministry", "informed the rescue service": a translation's "according to".
  SOURCE_TRANSLATED_RE.lastIndex = 0;
  while ((m = SOURCE_TRANSLATED_RE.exec(sentence))) {
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.trimEnd().length, weight: 0 });
  }
  SOURCE_BY_AFTER_RE.lastIndex = 0;
  while ((m = SOURCE_BY_AFTER_RE.exec(sentence))) {
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length, weight: 1 });
  }
  SOURCE_SAID_AFTER_RE.lastIndex = 0;
  while ((m = SOURCE_SAID_AFTER_RE.exec(sentence))) {
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length, weight: 1 });
  }
  // "Valdoria condemned the raids, saying they killed ...": the sentence's subject speaks.
  if (found.length === 0) {
    const saying = /,\s*(?:saying|adding|claiming|stating)\b/.exec(sentence);
    if (saying) {
      const subj = /^\s*((?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|[a-z]+(?=\s+[A-Z])|ministry|officials|media|police|military|government|army)){0,5})/.exec(sentence);
      if (subj && !NOT_SOURCE.has(subj[1]!.toLowerCase())) found.push({ start: subj.index + subj[0].length - subj[1]!.length, end: subj.index + subj[0].length, weight: 2 });
    }
  }
  cached = { sentence, found };
  return found;
}

/**
 * Who the sentence says the claim comes from: "according to X", "citing X", "X said/reported/told",
 * "..., X said", "X quoted Y as saying". Offsets are into the document text (`base` is the
 * sentence's start). The source closest to the claim wins.
 */
export function findAttribution(sentence: string, base: number, at: number, mentions: readonly EntityMention[]): Attribution | null {
  const found = sourcesIn(sentence);
  if (found.length === 0) return null;
  let best = found[0]!;
  let bestCost = Infinity;
  for (const f of found) {
    const object = f.verb !== undefined && at >= f.verb && at - f.verb <= OBJECT_REACH && !sentence.slice(f.verb, at).includes(';');
    const cost = (object ? 0 : f.weight) * 1000 + Math.min(Math.abs(f.start - at), Math.abs(f.end - at));
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
