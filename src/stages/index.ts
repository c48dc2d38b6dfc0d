// The default pipeline: the one ordered list of stages, and the only place their order lives.
// First: V8 compiles every pattern on first use from here on (see regexp-engine.ts).
import '../core/regexp-engine.ts';
import type { CorpusStage, DocStage, Stage } from '../core/index.ts';
import { clean } from './doc/clean/index.ts';
import { readMetadata } from './doc/read-metadata/index.ts';
import { splitSentences } from './doc/split-sentences/index.ts';
import { findEntities } from './doc/find-entities/index.ts';
import { findQuotes } from './doc/find-quotes/index.ts';
import { resolveTime } from './doc/resolve-time/index.ts';
import { extractEvents } from './doc/extract-events/index.ts';
import { extractClaims } from './doc/extract-claims/index.ts';
import { detectProvenance } from './corpus/detect-provenance/index.ts';
import { mergeAliases } from './corpus/merge-aliases/index.ts';
import { groupStories } from './corpus/group-stories/index.ts';
import { checkDates } from './corpus/check-dates/index.ts';
import { alignClaims } from './corpus/align-claims/index.ts';
import { buildTimeline } from './corpus/build-timeline/index.ts';
import { compareCoverage } from './corpus/compare-coverage/index.ts';
import { summarize } from './corpus/summarize/index.ts';

export function createDocStages(): DocStage[] {
  return [clean, readMetadata, splitSentences, findEntities, findQuotes, resolveTime, extractEvents, extractClaims];
}

export function createCorpusStages(): CorpusStage[] {
  return [detectProvenance, mergeAliases, groupStories, checkDates, alignClaims, buildTimeline, compareCoverage, summarize];
}

export function createStages(): Stage[] {
  return [...createDocStages(), ...createCorpusStages()];
}

/** For worker threads: the module they import to rebuild `createDocStages()`. */
export const stagesModule = import.meta.url;
