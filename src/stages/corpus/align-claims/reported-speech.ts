import type { ClaimMention, Doc, EntityMention } from '../../../core/index.ts';
import { mentionsInOrder } from '../../../corpus-index/index.ts';
import {
  ADDRESSEE_VERB, LOCATIVE_BEFORE, MIN_SAID_WORDS, REPORTED_BEFORE, SPEAKER_AFTER_VERB, SPEAKER_BEFORE_GAP, SPEAKER_TYPES, SPEECH_VERB,
} from './patterns.ts';

interface Found {
  speaker: EntityMention;
  /** What was said: the clause after the verb (or before it when the speaker follows). */
  said: string;
}

/** The speaker of one speech verb in a sentence: a person or organisation just before it, or just after "said". */
function speakerOf(
  text: string,
  mentions: readonly EntityMention[],
  sentence: { start: number; end: number },
  verb: { start: number; end: number; word: string },
): Found | null {
  const { start: sentStart, end: sentEnd } = sentence;
  const { start: verbStart, end: verbEnd } = verb;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > verbStart || m.start < sentStart) continue;
    if (!SPEAKER_TYPES.has(m.type)) continue;
    const apposed = appositiveName(text, sentStart, m, verbStart);
    if (!apposed && !SPEAKER_BEFORE_GAP.test(text.slice(m.end, verbStart))) break;
    const before = text.slice(sentStart, m.start);
    // "Listeners on the island tell us ...": a name inside a place phrase is not who speaks.
    if (LOCATIVE_BEFORE.test(before)) return null;
    // "The toll rose to nine, the fire service said, as divers ...": the words come before the
    // speaker; before an appositive name ("A lawyer for the crew, Jane Doe, says") they describe it.
    const lead = apposed ? null : REPORTED_BEFORE.exec(before);
    if (lead) return { speaker: m, said: lead[1]! };
    return { speaker: m, said: text.slice(verbEnd, sentEnd) };
  }
  if (SPEAKER_AFTER_VERB.test(verb.word)) {
    const m = mentions.find((x) => x.start >= verbEnd && SPEAKER_TYPES.has(x.type) && /^\s*(?:the\s+)?$/i.test(text.slice(verbEnd, x.start)));
    if (m && SPEAKER_ENDS.test(text.slice(m.end, sentEnd))) return { speaker: m, said: text.slice(sentStart, verbStart) };
  }
  return null;
}

/**
 * After a speaker named after the verb ("..., said the board.", "according to the board (OB)",
 * "according to board figures"), the sentence ends or goes on with a pause, an adjunct or what the
 * speaker gave; "says the board opened the gates" makes the board the one who acted.
 */
const SPEAKER_ENDS = /^\s*(?:$|[,.;:!?"”’()]|(?:on|in|at|to|told|added|who|when|as|after|late|early|earlier|yesterday|today|figures|data|statement|officials|spokes\w+|sources)\b)/i;

/** A name set off by commas as an appositive before its verb: "A lawyer for the crew, Jane Doe, says ...". */
function appositiveName(text: string, sentStart: number, m: EntityMention, verbStart: number): boolean {
  return /^\s*,\s*$/.test(text.slice(m.end, verbStart)) && /,\s*$/.test(text.slice(sentStart, m.start));
}

function tidy(said: string): string {
  return said
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:•-]+/, '')
    // "said on Wednesday that ...", "said that, by her count, ...": what was said starts after "that".
    .replace(/^(?:[^\s"“]+\s+){0,3}?that,?\s+/i, '')
    .replace(/[\s,]+$/, '')
    .trim();
}

/**
 * Reported speech as statement claims: a sentence where a named person or organisation says,
 * tells, urges, warns ... something without quotation marks. One claim per speaker entity per
 * sentence; sentences whose quote is already credited to that speaker are left to the quote.
 */
export function reportedSpeechClaims(doc: Doc): ClaimMention[] {
  const text = doc.text;
  const mentions = mentionsInOrder(doc.layers.mentions);
  const quotedBy = new Set((doc.layers.quotes ?? []).filter((q) => q.speakerEntity).map((q) => `${q.sentence}|${q.speakerEntity}`));
  const out: ClaimMention[] = [];
  let from = 0;
  for (const [index, s] of (doc.layers.sentences ?? []).entries()) {
    while (from < mentions.length && mentions[from].end <= s.start) from++;
    let to = from;
    while (to < mentions.length && mentions[to].start < s.end) to++;
    const inSentence = mentions.slice(from, to);
    // Only a person or an organisation speaks: a sentence naming neither is not searched for speech verbs.
    if (!inSentence.some((m) => SPEAKER_TYPES.has(m.type))) continue;
    const sentence = text.slice(s.start, s.end);
    const seen = new Set<string>();
    SPEECH_VERB.lastIndex = 0;
    for (const v of sentence.matchAll(SPEECH_VERB)) {
      const verbStart = s.start + v.index;
      const found = speakerOf(text, inSentence, s, { start: verbStart, end: verbStart + v[0].length, word: v[0] });
      if (!found) continue;
      const entity = found.speaker.entity;
      if (seen.has(entity) || quotedBy.has(`${index}|${entity}`)) continue;
      let said = found.said;
      if (ADDRESSEE_VERB.test(v[0])) {
        const that = /\bthat\b/i.exec(said);
        if (!that) continue;
        said = said.slice(that.index);
      }
      const clause = tidy(said);
      // "X said." or "X told reporters" carries nothing to compare.
      if (clause.split(' ').length < MIN_SAID_WORDS) continue;
      seen.add(entity);
      out.push({
        id: `rs${out.length + 1}`,
        kind: 'statement',
        value: clause,
        low: null,
        high: null,
        quantity: { start: s.start, end: s.end, text: sentence },
        vague: false,
        unit: null,
        counted: null,
        parts: [],
        sentence: index,
        sentenceText: sentence,
        event: null,
        place: null,
        date: null,
        hedge: null,
        attribution: { start: found.speaker.start, end: found.speaker.end, text: found.speaker.text },
        attributionEntity: entity,
      });
    }
  }
  return out;
}
