// Tunable settings for story grouping (chosen on ECB+, see docs/quality/corpus.md).
import type { StoryIndexOptions } from '../../../corpus-index/index.ts';

/** Stories: one real happening and its coverage. */
export const STORY_OPTIONS: Partial<StoryIndexOptions> = {
  threshold: 0.12,
  entityWeight: 0.2,
  maxDayGap: 40,
  // A report whose typed places its story hardly holds is about another happening of the kind.
  minPlaceOverlap: 0.3,
  noPlacePenalty: 0.15,
  // ...unless the story holds this share of the report's people: outlets place one happening at
  // different levels (town, county, building) the gate cannot relate (ECB+ through the document
  // stages: event F1 0.68 -> 0.80; synthetic stories 0.947 -> 0.944).
  minPeopleOverlap: 0.15,
};

/** Stories whose leads are on average at least this alike belong to one topic (measurement only; chosen by
 * cross-validation over ECB+ topics, odd and even halves agreeing: see docs/quality/corpus.md). */
export const TOPIC_MERGE_THRESHOLD = 0.055;

/** Opening sentences weighed twice in a report's text (lines of at least LEAD_MIN_WORDS words when unsplit). */
export const LEAD_SENTENCES = 3;
export const LEAD_MIN_WORDS = 7;

/** Headline and opening sentences that say what kind of happening a report is about (topic grouping). */
export const TOPIC_LEAD_SENTENCES = 6;

/** Unsplit lines that are page furniture rather than sentences: a scraped page's address. */
export const NOT_A_SENTENCE = /^\s*(?:https?\b|www\.)/i;

/** Two event mentions more than this many days apart are different sub-events. */
export const SUB_EVENT_DAY_WINDOW = 0;

/** Entity types that identify a story (titles and roles would blur it). */
export const STORY_ENTITY_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'PLACE', 'MISC']);
