// The decoder on a tiny hand-made model (so each choice can be predicted), and the cached
// decoder against a plain one that sums every feature of every token, on the committed model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokenize.ts';
import { dynamicFeatures, FeatureExtractor, MAX_STATIC, NDYN, tagFeatures, type TokenDoc } from './features.ts';
import { Gazetteer } from './gazetteer.ts';
import { loadTagger } from './index.ts';
import { NerWeights } from './model.ts';
import { NTAGS, TAG_INDEX, TAGS } from './tags.ts';
import { allowed, bestTag, NerTagger, START } from './tagger.ts';

/** One sentence per string. */
function docOf(...sentences: string[]): TokenDoc {
  const text = sentences.join(' ');
  const t = { starts: [] as number[], ends: [] as number[] };
  const sentStarts: number[] = [];
  let at = 0;
  for (const s of sentences) {
    sentStarts.push(t.starts.length);
    tokenize(text, at, at + s.length, t);
    at += s.length + 1;
  }
  return { text, starts: t.starts, ends: t.ends, sentStarts };
}

const tag = (name: string): number => TAG_INDEX.get(name)!;

/** Static features of token i that no other token of the doc has (so the bias and shared shapes are left out). */
function ownFeatures(fx: FeatureExtractor, doc: TokenDoc, i: number): number[] {
  const buf = new Uint32Array(MAX_STATIC);
  const of = (k: number): number[] => {
    const s0 = 0;
    const s1 = doc.starts.length;
    return Array.from(buf.subarray(0, fx.staticFeatures(doc, k, s0, s1, buf, 0)));
  };
  fx.prepare(doc);
  const others = new Set<number>();
  for (let k = 0; k < doc.starts.length; k++) if (k !== i) for (const f of of(k)) others.add(f);
  return of(i).filter((f) => !others.has(f));
}

/** A model from (feature, tag, weight) triples. */
function model(entries: [number, number, number][]): NerWeights {
  const rows = new Map<number, Float32Array>();
  for (const [f, t, w] of entries) {
    if (!rows.has(f)) rows.set(f, new Float32Array(NTAGS));
    rows.get(f)![t] += w;
  }
  const keys = Uint32Array.from(rows.keys());
  const weights = new Float32Array(keys.length * NTAGS);
  [...rows.values()].forEach((r, i) => weights.set(r, i * NTAGS));
  return new NerWeights(keys, weights, { version: 1, tags: [...TAGS], features: keys.length, scale: 1, notes: {} });
}

test('BIO constraint: I-X only after B-X or I-X', () => {
  assert.ok(allowed(tag('B-PER'), tag('I-PER')));
  assert.ok(allowed(tag('I-PER'), tag('I-PER')));
  assert.ok(!allowed(tag('O'), tag('I-PER')));
  assert.ok(!allowed(tag('B-ORG'), tag('I-PER')));
  assert.ok(!allowed(START, tag('I-LOC')));
  for (let t = 0; t < NTAGS; t++) if (t === 0 || TAGS[t].startsWith('B-')) assert.ok(allowed(tag('I-ORG'), t));
  const scores = new Float64Array(NTAGS);
  scores[tag('I-LOC')] = 5;
  scores[tag('B-MISC')] = 1;
  assert.equal(bestTag(scores, tag('O')), tag('B-MISC'));
  assert.equal(bestTag(scores, tag('B-LOC')), tag('I-LOC'));
});

test('a tiny model: word features start a name, the previous tag continues it', () => {
  const fx = new FeatureExtractor(new Gazetteer({}));
  const doc = docOf('Zorbel Quint spoke today .');
  const own = ownFeatures(fx, doc, 0);
  assert.ok(own.length > 3);
  const dyn = new Uint32Array(NDYN);
  tagFeatures(tag('B-PER'), START, dyn, 0);
  const entries: [number, number, number][] = own.map((f) => [f, tag('B-PER'), 5]);
  entries.push([dyn[0], tag('I-PER'), 3]);
  const tagger = new NerTagger(fx, model(entries));
  assert.deepEqual(Array.from(tagger.tag(doc)), [tag('B-PER'), tag('I-PER'), 0, 0, 0]);
  // The same words again (now from the cache), and a sentence where they are not first.
  const again = docOf('Zorbel Quint spoke today .', 'Then Zorbel left .');
  const tags = Array.from(tagger.tag(again));
  assert.deepEqual(tags.slice(0, 5), [tag('B-PER'), tag('I-PER'), 0, 0, 0]);
  // Features tied to "first in its sentence" no longer fire, but enough own features remain.
  assert.equal(tags[6], tag('B-PER'));
  assert.equal(tags[7], tag('I-PER'));
});

test('a tiny model: an inside tag with nothing to continue is refused', () => {
  const fx = new FeatureExtractor(new Gazetteer({}));
  const doc = docOf('spoke Quint .');
  const own = ownFeatures(fx, doc, 1);
  const onlyInside = new NerTagger(fx, model(own.map((f) => [f, tag('I-ORG'), 4])));
  assert.deepEqual(Array.from(onlyInside.tag(doc)), [0, 0, 0]);
  const withBegin = new NerTagger(fx, model([...own.map((f): [number, number, number] => [f, tag('I-ORG'), 4]), ...own.map((f): [number, number, number] => [f, tag('B-ORG'), 1])]));
  assert.deepEqual(Array.from(withBegin.tag(doc)), [0, tag('B-ORG'), 0]);
});

/** The decoder as training sees it: every static and dynamic feature of every token, summed afresh. */
function plainTag(tagger: NerTagger, doc: TokenDoc): number[] {
  const { fx, weights } = tagger;
  fx.prepare(doc);
  const n = doc.starts.length;
  const out: number[] = [];
  const feats = new Uint32Array(MAX_STATIC);
  const dyn = new Uint32Array(NDYN);
  const scores = new Float64Array(NTAGS);
  for (let k = 0; k < doc.sentStarts.length; k++) {
    const s0 = doc.sentStarts[k];
    const s1 = k + 1 < doc.sentStarts.length ? doc.sentStarts[k + 1] : n;
    let p1 = START;
    let p2 = START;
    for (let i = s0; i < s1; i++) {
      scores.fill(0);
      const m = fx.staticFeatures(doc, i, s0, s1, feats, 0);
      for (let j = 0; j < m; j++) weights.add(feats[j], scores);
      dynamicFeatures(p1, p2, fx.lower[i], fx.short[i], dyn);
      for (let j = 0; j < NDYN; j++) weights.add(dyn[j], scores);
      const t = bestTag(scores, p1);
      out.push(t);
      p2 = p1;
      p1 = t;
    }
  }
  return out;
}

const PROSE = [
  'PORTMERE, Ostland (OPA) — Harbour Commissioner Telva Marransk said on Friday that the Grey Pier ferry would resume service .',
  'Marransk , who leads the Ostland Harbour Authority ( OHA ) , spoke after meeting Mayor Dov Keszler in Portmere .',
  'The OHA said three boats of the Verrin Line were held at Kalsund .',
  'Keszler thanked the crews .',
];

test('the cached decoder gives the same tags as summing every feature afresh', () => {
  const tagger = loadTagger();
  const a = docOf(...PROSE);
  const b = docOf(...PROSE.slice().reverse(), 'MARRANSK SAID KESZLER WAS IN PORTMERE .');
  for (const d of [a, b, a]) assert.deepEqual(Array.from(tagger.tag(d)), plainTag(tagger, d));
  // The model finds the invented names at all (so the comparison is not of all-O outputs).
  assert.ok(Array.from(tagger.tag(a)).filter((t) => t !== 0).length >= 8);
});

test('the cache starting over, or growing for a huge document, changes nothing', () => {
  const tagger = loadTagger();
  // More distinct word forms than the cache holds, in short sentences.
  const words: string[] = [];
  for (let i = 0; i < 40_000; i++) words.push(i % 7 === 0 ? `Qarv${i.toString(36)}` : `mel${i.toString(36)}`);
  const sentences: string[] = [];
  for (let i = 0; i < words.length; i += 16) sentences.push(words.slice(i, i + 16).join(' ') + ' .');
  const huge = docOf(...sentences);
  const small = docOf(...PROSE);
  assert.deepEqual(Array.from(tagger.tag(small)), plainTag(tagger, small));
  assert.deepEqual(Array.from(tagger.tag(huge)), plainTag(tagger, huge));
  assert.deepEqual(Array.from(tagger.tag(small)), plainTag(tagger, small));
});
