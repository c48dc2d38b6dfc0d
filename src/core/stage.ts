import type { Doc, DocLayerName } from './document.ts';
import type { Corpus, CorpusLayerName } from './corpus.ts';

/**
 * What a per-document stage may read or write: a layer, or `text`, the clean text that the clean
 * stage writes once (spans are only meaningful after it).
 */
export type DocProduct = DocLayerName | 'text';
export type CorpusProduct = CorpusLayerName;

export interface StageContext {
  /** Free-form options from the command line that stages may consult (e.g. `fetchTeasers`). */
  options: Readonly<Record<string, unknown>>;
}

/** A stage that reads one document at a time; it must not look at other documents. */
export interface DocStage {
  kind: 'doc';
  /** kebab-case, matching the stage's folder name. */
  name: string;
  reads: readonly DocProduct[];
  writes: readonly DocProduct[];
  run(doc: Doc, ctx: StageContext): void | Promise<void>;
}

/** A stage that reads every document's layers and writes corpus layers. */
export interface CorpusStage {
  kind: 'corpus';
  name: string;
  reads: readonly (DocProduct | CorpusProduct)[];
  writes: readonly CorpusProduct[];
  run(corpus: Corpus, ctx: StageContext): void | Promise<void>;
}

export type Stage = DocStage | CorpusStage;
