import { writeFile } from 'node:fs/promises';
import { buildPipeline, runPipeline } from '../core/index.ts';
import type { Corpus } from '../core/index.ts';
import { readInputs } from '../ingest/index.ts';
import { createStages, stagesModule } from '../stages/index.ts';
import { buildDossier } from '../report/dossier.ts';
import type { Dossier } from '../report/dossier-types.ts';
import type { AnalyzeOptions, OutputFormat } from './args.ts';
import { createProgress } from './progress.ts';
import { renderFormat, writeCsv } from './outputs.ts';

export interface AnalyzeIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
}

export interface AnalyzeResult {
  dossier: Dossier;
  corpus: Corpus;
  /** 0: all inputs read; 1: some inputs failed or nothing was readable. */
  exitCode: 0 | 1;
}

// Below this many inputs a progress bar only flickers.
const PROGRESS_MIN_INPUTS = 4;

/** `triangulate analyze`: read every input, run the pipeline, write the dossier in the asked formats. */
export async function analyze(options: AnalyzeOptions, io: AnalyzeIo): Promise<AnalyzeResult> {
  const progress = createProgress(io.stderr, !options.quiet && options.inputs.length >= PROGRESS_MIN_INPUTS);
  const read = await readInputs(
    options.inputs,
    {
      maxBytes: options.maxBytes,
      allowPrivate: options.allowPrivate,
      fetchTeasers: options.fetchTeasers,
      timeoutMs: options.timeoutMs,
      stdin: io.stdin,
    },
    (done, total) => progress.update('reading', done, total),
  );
  progress.done();
  for (const err of read.errors) io.stderr.write(`triangulate: ${err.input}: ${err.message}\n`);
  if (read.documents.length === 0) {
    io.stderr.write('triangulate: no readable document in the inputs\n');
  }

  const showAnalysisProgress = !options.quiet && read.documents.length >= PROGRESS_MIN_INPUTS;
  const analysisProgress = createProgress(io.stderr, showAnalysisProgress);
  const corpus = await runPipeline(buildPipeline(createStages()), read.documents, {
    context: { options: { fetchTeasers: options.fetchTeasers } },
    stagesModule,
    workers: options.workers ?? undefined,
    inputErrors: read.errors,
    onDocumentDone: (done, total) => analysisProgress.update('analyzing', done, total),
  });
  analysisProgress.done();

  const dossier = buildDossier(corpus, { includeSpans: options.html !== null });
  const format: OutputFormat = options.format ?? (options.out === null && io.stdout.isTTY ? 'text' : 'json');
  const toTerminal = options.out === null && Boolean(io.stdout.isTTY);
  const rendered = renderFormat(dossier, format, { color: options.color && toTerminal, width: toTerminal ? io.stdout.columns : undefined });
  if (options.out !== null) await writeFile(options.out, rendered);
  else io.stdout.write(rendered);
  if (options.html !== null) await writeFile(options.html, renderFormat(dossier, 'html', { color: false }));
  const csvPaths = options.csv !== null ? await writeCsv(dossier, options.csv) : [];

  if (!options.quiet) {
    const written = [options.out, options.html, ...csvPaths].filter((p): p is string => p !== null);
    if (written.length > 0) io.stderr.write(`triangulate: ${dossier.documents.length} documents analyzed; wrote ${written.join(', ')}\n`);
  }
  const exitCode = read.errors.length > 0 || read.documents.length === 0 ? 1 : 0;
  return { dossier, corpus, exitCode };
}
