import { availableParallelism } from 'node:os';
import type { Doc, RawDocument } from './document.ts';
import { createDoc } from './document.ts';
import type { Corpus } from './corpus.ts';
import type { InputError, IssueRecord } from './issues.ts';
import { TriangulateError } from './issues.ts';
import type { CorpusStage, DocProduct, DocStage, Stage, StageContext } from './stage.ts';
import { runDocStagesInWorkers } from './worker-pool.ts';

export interface Pipeline {
  docStages: DocStage[];
  corpusStages: CorpusStage[];
}

/**
 * Orders stages as given and checks, now rather than mid-run, that every read is written by an
 * earlier stage and that per-document stages all come before corpus stages.
 */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const written = new Set<string>();
  const names = new Set<string>();
  const docStages: DocStage[] = [];
  const corpusStages: CorpusStage[] = [];
  for (const stage of stages) {
    if (names.has(stage.name)) throw new TriangulateError('pipeline-invalid', `stage "${stage.name}" appears twice`);
    names.add(stage.name);
    if (stage.kind === 'doc' && corpusStages.length > 0) {
      throw new TriangulateError('pipeline-invalid', `per-document stage "${stage.name}" comes after a corpus stage`);
    }
    for (const read of stage.reads) {
      if (!written.has(read)) {
        throw new TriangulateError(
          'pipeline-invalid',
          `stage "${stage.name}" reads "${read}", which no earlier stage writes`,
        );
      }
    }
    for (const w of stage.writes) written.add(w);
    if (stage.kind === 'doc') docStages.push(stage);
    else corpusStages.push(stage);
  }
  return { docStages, corpusStages };
}

export interface RunOptions {
  context?: StageContext;
  /** Called after each document has been through every per-document stage. */
  onDocumentDone?: (done: number, total: number) => void;
  /**
   * Module that exports `createDocStages(): DocStage[]` (the same list as `pipeline.docStages`), so
   * worker threads can rebuild the stages. Without it everything runs on this thread.
   */
  stagesModule?: string;
  /** Worker threads to use; default: one per core when there are enough documents. */
  workers?: number;
  /** Below this many documents (or this many bytes) a worker pool costs more than it saves. */
  workerThreshold?: { documents: number; bytes: number };
  inputErrors?: InputError[];
}

// Measured on 2 cores with the default stages: each worker starts in ~0.7 s (loader, modules,
// the NER model) and warms its own caches, so the pool breaks even near 2,000 short reports and
// saves ~20% at 6,000.
const DEFAULT_THRESHOLD = { documents: 2_000, bytes: 6_000_000 };

function hasProduct(doc: Doc, product: DocProduct, done: ReadonlySet<string>): boolean {
  if (product === 'text') return done.has('text');
  return doc.layers[product] !== undefined;
}

/**
 * Runs every per-document stage over one document. A stage that throws leaves an issue on the
 * document; stages that need what it failed to write are skipped with an issue of their own.
 */
export async function runDocStages(doc: Doc, stages: readonly DocStage[], ctx: StageContext): Promise<Doc> {
  const done = new Set<string>();
  for (const stage of stages) {
    const missing = stage.reads.filter((r) => !hasProduct(doc, r, done));
    if (missing.length > 0) {
      doc.issues.push({
        code: 'stage-skipped',
        stage: stage.name,
        document: doc.id,
        message: `skipped: ${missing.join(', ')} missing after an earlier failure`,
      });
      continue;
    }
    try {
      await stage.run(doc, ctx);
      for (const w of stage.writes) done.add(w);
    } catch (err) {
      doc.issues.push(stageFailure(stage.name, doc.id, err));
    }
  }
  return doc;
}

function stageFailure(stage: string, document: string | null, err: unknown): IssueRecord {
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'stage-failed', stage, document, message: `${stage} failed: ${message}` };
}

function workerCount(raws: readonly RawDocument[], options: RunOptions): number {
  if (!options.stagesModule) return 0;
  if (options.workers !== undefined) return options.workers;
  const threshold = options.workerThreshold ?? DEFAULT_THRESHOLD;
  const bytes = raws.reduce((n, r) => n + r.text.length, 0);
  if (raws.length < threshold.documents && bytes < threshold.bytes) return 0;
  return Math.max(0, Math.min(availableParallelism(), 8));
}

/** Runs the whole pipeline over the documents and returns the corpus with every layer filled. */
export async function runPipeline(
  pipeline: Pipeline,
  raws: readonly RawDocument[],
  options: RunOptions = {},
): Promise<Corpus> {
  const ctx = options.context ?? { options: {} };
  const total = raws.length;
  let documents: Doc[];
  const workers = workerCount(raws, options);
  if (workers > 1 && options.stagesModule) {
    documents = await runDocStagesInWorkers(raws, {
      stagesModule: options.stagesModule,
      workers,
      context: ctx,
      onDocumentDone: options.onDocumentDone,
    });
  } else {
    documents = [];
    for (const raw of raws) {
      documents.push(await runDocStages(createDoc(raw), pipeline.docStages, ctx));
      options.onDocumentDone?.(documents.length, total);
    }
  }
  const corpus: Corpus = { documents, inputErrors: [...(options.inputErrors ?? [])], issues: [], layers: {} };
  await runCorpusStages(corpus, pipeline.corpusStages, ctx);
  return corpus;
}

export async function runCorpusStages(corpus: Corpus, stages: readonly CorpusStage[], ctx: StageContext): Promise<void> {
  for (const stage of stages) {
    try {
      await stage.run(corpus, ctx);
    } catch (err) {
      corpus.issues.push(stageFailure(stage.name, null, err));
    }
  }
}
