// Loads the committed NER model once per process (per worker thread).

import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { FeatureExtractor } from './features.ts';
import { Gazetteer } from './gazetteer.ts';
import { loadGazetteerData, loadWeights } from './model.ts';
import { NerTagger } from './tagger.ts';

export const MODEL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../models');
export const MODEL_PATH = path.join(MODEL_DIR, 'ner.bin');
export const GAZETTEER_PATH = path.join(MODEL_DIR, 'ner-gazetteer.json');

let cached: NerTagger | null = null;
let cachedGazetteer: Gazetteer | null = null;

export function loadGazetteer(): Gazetteer {
  cachedGazetteer ??= new Gazetteer(loadGazetteerData(GAZETTEER_PATH));
  return cachedGazetteer;
}

export function loadTagger(): NerTagger {
  cached ??= new NerTagger(new FeatureExtractor(loadGazetteer()), loadWeights(MODEL_PATH));
  return cached;
}

export { NerTagger } from './tagger.ts';
export type { TokenDoc } from './features.ts';
export { TAGS, tagsToSpans, CONLL_TO_TYPE, type TagSpan } from './tags.ts';
