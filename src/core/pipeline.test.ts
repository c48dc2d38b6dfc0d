import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, runPipeline } from './pipeline.ts';
import type { CorpusStage, DocStage } from './stage.ts';
import type { RawDocument } from './document.ts';
import { TriangulateError } from './issues.ts';
import { count, shout } from './fixtures/counting-stages.ts';

const stagesModule = new URL('./fixtures/counting-stages.ts', import.meta.url).href;

function raw(id: string, text: string): RawDocument {
  return { id, source: id, format: 'text', raw: text, text, hints: {}, flags: [], removed: [] };
}

const countDocs: CorpusStage = {
  kind: 'corpus',
  name: 'count-docs',
  reads: ['paragraphs'],
  writes: ['stories'],
  run(corpus) {
    corpus.layers.stories = [{ id: 's1', title: 'all', documents: corpus.documents.map((d) => d.id), subEvents: [] }];
  },
};

test('buildPipeline refuses a stage that reads what no earlier stage writes', () => {
  assert.throws(() => buildPipeline([count, shout]), (err: unknown) => {
    assert.ok(err instanceof TriangulateError);
    assert.equal(err.code, 'pipeline-invalid');
    assert.match(err.message, /"count" reads "text"/);
    return true;
  });
});

test('buildPipeline refuses a per-document stage after a corpus stage and duplicate names', () => {
  assert.throws(() => buildPipeline([shout, count, countDocs, { ...count, name: 'late' }]), /comes after a corpus stage/);
  assert.throws(() => buildPipeline([shout, shout]), /appears twice/);
});

test('runPipeline runs doc stages then corpus stages, in input order', async () => {
  const pipeline = buildPipeline([shout, count, countDocs]);
  const corpus = await runPipeline(pipeline, [raw('a', 'one\n\ntwo'), raw('b', 'three')]);
  assert.deepEqual(corpus.documents.map((d) => d.text), ['ONE\n\nTWO', 'THREE']);
  assert.equal(corpus.documents[0].layers.paragraphs?.length, 2);
  assert.deepEqual(corpus.layers.stories?.[0].documents, ['a', 'b']);
});

test('a stage that throws on one document becomes an issue and the run goes on', async () => {
  const pipeline = buildPipeline([shout, count, countDocs]);
  const corpus = await runPipeline(pipeline, [raw('bad', 'EXPLODE now'), raw('good', 'fine')]);
  const bad = corpus.documents[0];
  assert.equal(bad.issues[0].code, 'stage-failed');
  assert.equal(bad.issues[0].stage, 'shout');
  assert.equal(bad.issues[0].document, 'bad');
  // count reads what shout failed to write, so it is skipped with its own issue rather than run on junk.
  assert.equal(bad.issues[1].code, 'stage-skipped');
  assert.equal(bad.layers.paragraphs, undefined);
  assert.equal(corpus.documents[1].text, 'FINE');
  assert.deepEqual(corpus.layers.stories?.[0].documents, ['bad', 'good']);
});

test('a corpus stage that throws becomes a corpus issue', async () => {
  const broken: CorpusStage = { ...countDocs, name: 'broken', run: () => { throw new Error('boom'); } };
  const corpus = await runPipeline(buildPipeline([shout, count, broken]), [raw('a', 'x')]);
  assert.equal(corpus.issues.length, 1);
  assert.match(corpus.issues[0].message, /broken failed: boom/);
});

test('worker threads give the same documents as the main thread, in order, with progress', async () => {
  const raws = Array.from({ length: 40 }, (_, i) => raw(`d${i}`, i === 7 ? 'EXPLODE' : `doc ${i}\n\npara`));
  const pipeline = buildPipeline([shout, count]);
  const seen: number[] = [];
  const inWorkers = await runPipeline(pipeline, raws, { stagesModule, workers: 2, onDocumentDone: (d) => seen.push(d) });
  const inline = await runPipeline(pipeline, raws);
  assert.deepEqual(inWorkers.documents, inline.documents);
  assert.equal(seen.length, 40);
  assert.equal(seen.at(-1), 40);
  assert.equal(inWorkers.documents[7].issues[0].code, 'stage-failed');
});

test('below the threshold no workers are started even with a stages module', async () => {
  const stage: DocStage = { ...shout, name: 'inline-only', run: (doc) => { doc.text = 'seen on main thread'; } };
  // This stage is not in the module the workers would load, so its effect proves it ran here.
  const corpus = await runPipeline(buildPipeline([stage]), [raw('a', 'x')], { stagesModule });
  assert.equal(corpus.documents[0].text, 'seen on main thread');
});
