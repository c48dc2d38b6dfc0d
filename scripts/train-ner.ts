// Trains the NER model: `npm run train:ner [-- --epochs N --min-count K --prune T]`.
// Reads ../shared/datasets/conll2003/{train,valid}.txt, writes models/ner-gazetteer.json and
// models/ner.bin (the averaged weights of the epoch with the best valid F1, pruned and quantized).

import path from 'node:path';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll, sentenceRanges, type ConllDoc } from '../src/nlp/ner/conll.ts';
import { FeatureExtractor } from '../src/nlp/ner/features.ts';
import { Gazetteer, type GazetteerData } from '../src/nlp/ner/gazetteer.ts';
import { CUE_LISTS } from '../src/nlp/ner/gazetteer-lists.ts';
import { saveModel } from '../src/nlp/ner/model.ts';
import { pruneModel, toWeights, trainPerceptron, type TrainedModel } from '../src/nlp/ner/perceptron.ts';
import { SpanScore } from '../src/nlp/ner/evaluate.ts';
import { NerTagger } from '../src/nlp/ner/tagger.ts';
import { GAZETTEER_PATH, MODEL_PATH } from '../src/nlp/ner/index.ts';
import { buildGazetteerData } from './ner-gazetteer-source.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const conll = path.resolve(root, '../shared/datasets/conll2003');

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '15' },
    'min-count': { type: 'string', default: '1' },
    prune: { type: 'string', default: '0.05' },
    seed: { type: 'string', default: '7' },
  },
});

function score(tagger: NerTagger, docs: ConllDoc[]): SpanScore {
  const s = new SpanScore();
  for (const d of docs) {
    const pred = tagger.tag(d);
    for (const [a, b] of sentenceRanges(d)) s.addTags(d.gold, pred, a, b);
  }
  return s;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(conll, 'train.txt'))) throw new Error(`CoNLL data not found in ${conll}`);
  const t0 = Date.now();
  const gazData: GazetteerData = await buildGazetteerData(CUE_LISTS);
  writeFileSync(GAZETTEER_PATH, JSON.stringify(gazData));
  const gaz = new Gazetteer(gazData);
  const train = readConll(path.join(conll, 'train.txt'));
  const valid = readConll(path.join(conll, 'valid.txt'));
  console.log(`read ${train.length} train and ${valid.length} valid documents in ${Date.now() - t0} ms`);
  let best: { f1: number; epoch: number; model: TrainedModel } | null = null;
  const fx = new FeatureExtractor(gaz);
  trainPerceptron(train, fx, {
    epochs: Number(values.epochs),
    minCount: Number(values['min-count']),
    seed: Number(values.seed),
    log: (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`),
    onEpoch(epoch, model) {
      const f1 = score(new NerTagger(new FeatureExtractor(gaz), toWeights(model)), valid).overall().f1;
      console.log(`  valid F1 after epoch ${epoch}: ${f1.toFixed(4)}`);
      if (!best || f1 > best.f1) best = { f1, epoch, model };
    },
  });
  const chosen = best as { f1: number; epoch: number; model: TrainedModel } | null;
  if (!chosen) throw new Error('no epochs run');
  const pruned = pruneModel(chosen.model, Number(values.prune));
  const prunedScore = score(new NerTagger(new FeatureExtractor(gaz), toWeights(pruned)), valid).overall();
  saveModel(MODEL_PATH, pruned.keys, pruned.weights, {
    data: 'CoNLL-2003 train.txt; epoch chosen on valid.txt',
    epoch: chosen.epoch,
    validF1: Number(prunedScore.f1.toFixed(4)),
    features: pruned.keys.length,
    minCount: Number(values['min-count']),
    prune: Number(values.prune),
  });
  console.log(
    `best epoch ${chosen.epoch} (valid F1 ${chosen.f1.toFixed(4)}); pruned to ${pruned.keys.length} of ${chosen.model.keys.length} features, valid F1 ${prunedScore.f1.toFixed(4)}; ${(statSync(MODEL_PATH).size / 1e6).toFixed(2)} MB in ${MODEL_PATH}`,
  );
}

await main();
