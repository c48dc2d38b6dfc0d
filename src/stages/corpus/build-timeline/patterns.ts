// Tunable data for the timeline.
import type { EventType } from '../../../core/index.ts';

/** Event types that one happening is often reported under interchangeably ("struck" / "killed"). */
export const TIMELINE_TYPE_GROUPS: Partial<Record<EventType, string>> = {
  attack: 'attack',
  kill: 'attack',
  disaster: 'disaster',
  accident: 'disaster',
};

/**
 * Military lemmas that are a use of force, told of one strike as often as "struck" or "killed"
 * ("launched missiles", "the operation"): in the attack group. Exercises, patrols and deployments
 * are other happenings and keep their own group.
 */
export const FORCE_LEMMAS: ReadonlySet<string> = new Set(['launch', 'operation', 'offensive', 'intercept', 'shoot down']);

/**
 * Groups where one date holds one happening unless the places differ: a strike, a collapse, a
 * quake is told with different words and parties by each report, and two of them on one day in
 * one story are rare; two places named apart keep them apart.
 */
export const ONE_PER_DAY_GROUPS: ReadonlySet<string> = new Set(['attack', 'disaster']);

/**
 * Whether an event with no date of its own is placed on its document's reference date. News
 * reports mostly tell the day's happenings without repeating the date, so this is on.
 */
export const UNDATED_ON_ARTICLE_DATE = true;

/** Event types never placed on the article date when undated: they are usually background or speech. */
export const NO_ARTICLE_DATE_TYPES: ReadonlySet<EventType> = new Set(['statement', 'threaten', 'accuse', 'demand', 'other']);

/**
 * The headline, standfirst and lead sentence tell the report's news of the day: an undated
 * statement or demand there (not in NO_ARTICLE_DATE_TYPES' background) is placed on the article
 * date. Sentence indices below this count as the lead.
 */
export const LEAD_SENTENCES = 3;

/** Longest summary before it is cut at a word boundary. */
export const SUMMARY_MAX = 220;

/**
 * Two mentions of one type on one date are one happening when they share the trigger lemma or at
 * least this many actors: in a story every report names the same two or three parties, so one
 * shared actor is no evidence.
 */
export const MIN_SHARED_ACTORS = 2;

/**
 * Words before an undated trigger that make its sentence background rather than a happening to
 * date: habits ("routinely accuse"), possibilities and plans ("would weigh", "could escalate").
 * Such a mention is placed only when its sentence gives a date of its own.
 */
export const NOT_A_HAPPENING = /\b(?:routinely|often|usually|regularly|frequently|typically|generally|long|always|never|would|could|can|may|might|should|must|will|if|earlier|previous|prior|recent|past|former|before)\b(?:\s+\S+){0,3}\s*$/i;


/** Summary choice: the sentence that says when, with the main parties, and briefly. */
export const SUMMARY_IDEAL_LENGTH = 160;

/** A first person right before a trigger inside a quote: the words perform the act ("We call on", "I condemn"). */
export const PERFORMATIVE_BEFORE = /\b(?:we|i)\s+(?:\w+ly\s+|also\s+|again\s+)?$/i;
