// Context readings of an event mention that later stages ask about: whether it reports a
// happening or only refers back to one, and whether it is reported speech.
import type { EventMention } from '../../../core/index.ts';
import { BACK_REFERENCE_RE, DEFINITE_BEFORE_RE, OWN_DATE_AFTER_RE, SPEECH_LEMMAS } from './patterns.ts';
import { IRREGULAR } from './triggers.ts';

/**
 * Only a noun can refer back: the lemma itself or its plural ("attack", "strikes", "the killing").
 * Past and participle forms are verbs ("police in the city arrested", "fighters of the front took over").
 */
function isNounForm(ev: EventMention): boolean {
  const w = ev.trigger.text.toLowerCase();
  if (w.endsWith('ed') || PAST_FORMS.has(w)) return false;
  return w === ev.lemma || w === `${ev.lemma}s` || w === `${ev.lemma}es` || w.endsWith('ing') || /ions?$/.test(w);
}

const PAST_FORMS: ReadonlySet<string> = new Set(Object.keys(IRREGULAR).filter((f) => !f.endsWith('ing')));

/** How far before the trigger the back-reference cue is looked for. */
const WINDOW = 70;

/**
 * The trigger is an event noun naming a happening the text has already told or takes as known
 * ("killed in the collapse", "in response to the earlier strikes"): a mention of it, not news of
 * it. A date right after the noun ("the collapse on Tuesday") makes it a dated report again.
 */
export function refersBack(text: string, ev: EventMention, sentenceStart: number): boolean {
  if (!isNounForm(ev)) return false;
  const before = text.slice(Math.max(sentenceStart, ev.trigger.start - WINDOW), ev.trigger.start);
  if (!BACK_REFERENCE_RE.test(before)) return false;
  return !OWN_DATE_AFTER_RE.test(text.slice(ev.trigger.end, ev.trigger.end + 60));
}

/**
 * The trigger is an event noun with a definite or possessive determiner ("the attack", "the
 * army's strikes"): the text takes the happening as known. Without a date of its own in the
 * sentence such a mention is no news of the article's day.
 */
export function isDefinite(text: string, ev: EventMention, sentenceStart: number): boolean {
  if (!isNounForm(ev)) return false;
  return DEFINITE_BEFORE_RE.test(text.slice(Math.max(sentenceStart, ev.trigger.start - WINDOW), ev.trigger.start));
}

/** Reported speech ("claimed", "confirmed", "denied"): what a source says, not a happening to date. */
export function isSpeech(ev: EventMention): boolean {
  return SPEECH_LEMMAS.has(ev.lemma);
}
