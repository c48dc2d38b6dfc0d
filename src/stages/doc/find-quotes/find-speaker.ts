import type { TextSpan } from '../../../core/index.ts';
import { textSpan } from '../../../core/index.ts';
import { MAX_SPEAKER_WORDS, SPEECH_VERBS } from './patterns.ts';

const NP = `((?:the |a |an )?[\\p{Lu}\\p{Ll}][^,.;:“”"\\n]{0,100}?)`;
// After the quote: ", the ministry said" / ", said Jane Doe, director of ..." / " she told reporters".
const AFTER_SUBJECT_VERB = new RegExp(`^[,.!?]?\\s*${NP}\\s+(?:${SPEECH_VERBS})\\b`, 'u');
const AFTER_VERB_SUBJECT = new RegExp(`^[,.!?]?\\s*(?:${SPEECH_VERBS})\\s+${NP}(?=[,.;:]|\\s+(?:in|on|at|during|who|after|before|while|to)\\b|$)`, 'u');
// Before the quote: "Jane Doe said: “...", "According to Jane Doe, “...", "The mayor told reporters that “...".
const BEFORE_ACCORDING = /according to ((?:the |a )?[\p{Lu}][^,;:“”"\n]{0,80}?)\s*,?\s*$/iu;
const ADVERB = '(?:also |then |later |again |has |had |have |once |previously |recently )?';
const BEFORE_SUBJECT_VERB = new RegExp(
  `(?:^|[.!?]\\s+|,\\s+|\\n)${NP}\\s+${ADVERB}(?:${SPEECH_VERBS})(?:\\s+(?:reporters|journalists|the press|the media|(?:the )?\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3}))?\\s*(?:that\\s*|[:,]\\s*)$`,
  'u',
);
// "He also believes a third party should mediate: “...": a speech verb, then the lead-in up to a colon.
// Or "Jane Doe said, given the damage, “...": a lead-in ending in a comma.
const BEFORE_COLON = new RegExp(`(?:^|[.!?]\\s+|\\n)${NP}\\s+${ADVERB}(?:${SPEECH_VERBS})\\b[^“”".!?\\n]{0,80}[:,]\\s*$`, 'u');

const BAD_START = /^(?:on|in|at|that|this|to|for|with|after|before|during|when|while|from|by|as|and|but|so|if|was|is|were|had|has)\b/i;
const PRONOUNS = /^(?:he|she|they|it|we|i)$/i;
const NOT_SPEAKERS = /^(?:it|this|that|which|there|and|but|as|so|he also|she also)$/i;

function plausible(np: string): boolean {
  const words = np.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_SPEAKER_WORDS) return false;
  if (NOT_SPEAKERS.test(np.trim())) return false;
  // A speaker is a name, a title, a pronoun or a definite description: it starts with a capital,
  // "the"/"a", or is a pronoun.
  if (BAD_START.test(np)) return false;
  return /^\p{Lu}/u.test(np) || /^(?:the|a|an)\s/i.test(np) || PRONOUNS.test(np.trim()) || /\s\p{Lu}/u.test(np);
}

/**
 * The speaker of a quote as written in its sentence: after the closing mark (", the ministry said",
 * "said Jane Doe, ..."), else before the opening one ("Jane Doe said:", "According to Jane Doe,").
 */
export function findSpeaker(text: string, quote: { start: number; end: number }, sentence: { start: number; end: number }): TextSpan | null {
  const afterEnd = Math.max(sentence.end, quote.end);
  const after = text.slice(quote.end, Math.min(afterEnd, quote.end + 160));
  let m = AFTER_VERB_SUBJECT.exec(after);
  if (m && plausible(m[1])) {
    const at = quote.end + m.index + m[0].lastIndexOf(m[1]);
    return trimmed(text, at, at + m[1].length);
  }
  m = AFTER_SUBJECT_VERB.exec(after);
  if (m && plausible(m[1])) {
    const at = quote.end + m[0].indexOf(m[1]);
    return trimmed(text, at, at + m[1].length);
  }
  const beforeStart = Math.min(sentence.start, quote.start);
  const before = text.slice(Math.max(beforeStart, quote.start - 200), quote.start);
  const base = quote.start - before.length;
  m = BEFORE_ACCORDING.exec(before);
  if (m && plausible(m[1])) {
    const at = base + m.index + m[0].indexOf(m[1]);
    return trimmed(text, at, at + m[1].length);
  }
  for (const re of [BEFORE_SUBJECT_VERB, BEFORE_COLON]) {
    m = re.exec(before);
    if (m && plausible(m[1])) {
      const at = base + m.index + m[0].indexOf(m[1]);
      return trimmed(text, at, at + m[1].length);
    }
  }
  return null;
}

function trimmed(text: string, start: number, end: number): TextSpan {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return textSpan(text, start, end);
}
