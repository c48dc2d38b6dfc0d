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
  // An undated report joins a dated story only on this much stronger evidence (ECB+ through the
  // document stages, where most reports of one of each topic's two events are undated: event F1
  // 0.84 to 0.87 with the resettle pass; 0.20 to 0.30 all score 0.86 to 0.87).
  undatedThreshold: 0.25,
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

/**
 * A date more than this many days before the report's stated date, or (for a report with no date of
 * its own) before the middle of its batch, is history the report recalls, not its own day.
 */
export const HISTORY_DAYS = 365;

/** Two event mentions more than this many days apart are different sub-events. */
export const SUB_EVENT_DAY_WINDOW = 0;

/** Entity types that identify a story (titles and roles would blur it). */
export const STORY_ENTITY_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'PLACE', 'MISC']);
