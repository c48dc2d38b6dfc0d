import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fewestShared, LshIndex, intersectionAtLeast, intersectionSize, minhashSignature, setOverlap, shingleSet } from './minhash.ts';
import { hashString } from './hash.ts';
import { allWords } from './tokenize.ts';

const SIZE = 128;

const REPORT =
  'A pedestrian footbridge over the Tarkan river in the town of Velmora collapsed on Thursday evening, sending ' +
  'at least a dozen people into the water. Rescue crews pulled nine survivors from the river within an hour, ' +
  'and divers searched through the night for three people still missing. Mayor Idris Fenwold said the bridge ' +
  'had been inspected in the spring and declared safe, and promised an independent inquiry into the collapse. ' +
  'Witnesses described a loud crack before the middle span gave way under a crowd walking home from a market.';

const UNRELATED =
  'The regional chess championship in Brinmouth ended with a surprise as the youngest entrant, a fourteen year ' +
  'old from a village school, defeated the defending champion in a tense final game lasting almost six hours. ' +
  'Organisers praised the quiet hall and the volunteers who kept clocks running during a power cut.';

function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

const set = (text: string): Uint32Array => shingleSet(allWords(text), 3);

test('shingleSet gives sorted distinct k-gram hashes', () => {
  const s = shingleSet(['a', 'b', 'c', 'a', 'b', 'c'], 3);
  // k-grams: abc, bca, cab, abc -> three distinct
  assert.equal(s.length, 3);
  for (let i = 1; i < s.length; i++) assert.ok(s[i - 1] < s[i]);
  assert.deepEqual(shingleSet(['a', 'b', 'c'], 3), shingleSet(['a', 'b', 'c'], 3));
  assert.notDeepEqual(shingleSet(['a', 'b', 'c'], 3), shingleSet(['c', 'b', 'a'], 3));
});

test('each shingle is the hash of its words joined by a space, as the string of the k-gram would give', () => {
  const words = ['sluice', 'gate', 'jammed', 'open', 'sluice', 'gate'];
  const joined = (k: number): number[] =>
    [...new Set(words.slice(0, words.length - k + 1).map((_, i) => hashString(words.slice(i, i + k).join(' '))))].sort((x, y) => x - y);
  for (const k of [1, 2, 3]) assert.deepEqual([...shingleSet(words, k)], joined(k), `k = ${k}`);
});

test('shingleSet of a text shorter than k is one shingle; of nothing, empty', () => {
  assert.equal(shingleSet(['only', 'two'], 3).length, 1);
  assert.equal(shingleSet([], 3).length, 0);
});

test('intersectionAtLeast gives the exact overlap when it reaches the need, and -1 when it cannot', () => {
  let seed = 11;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % n;
  };
  const sorted = (): Uint32Array => Uint32Array.from(new Set(Array.from({ length: 1 + next(30) }, () => next(60)))).sort();
  for (let t = 0; t < 300; t++) {
    const a = sorted();
    const b = sorted();
    const inter = intersectionSize(a, b);
    const need = next(20);
    assert.equal(intersectionAtLeast(a, b, need), inter >= need ? inter : -1, `sets ${t}, need ${need}`);
  }
  // Stops early: no shared value can come after the shorter set runs out.
  assert.equal(intersectionAtLeast(Uint32Array.from([1, 2, 3]), Uint32Array.from([1, 2, 3, 4, 5, 6]), 4), -1);
  assert.equal(intersectionAtLeast(Uint32Array.from([1, 2, 3]), Uint32Array.from([1, 2, 3, 4, 5, 6]), 3), 3);
});

test('fewestShared finds the least overlap that passes the test, as its own division decides it', () => {
  const share = (p: number, size: number): number => fewestShared(size, (n) => n / size >= p);
  assert.equal(share(0.5, 7), 4);
  assert.equal(share(0.5, 8), 4);
  // 0.6 * 5 is 3.0000000000000004 in doubles; 3 of 5 is still 0.6.
  assert.equal(share(0.6, 5), 3);
  assert.equal(share(0.55, 20), 11);
  assert.equal(share(1.1, 20), 0);
  assert.equal(fewestShared(0, () => true), 0);
  for (const p of [0.3, 0.45, 0.5, 0.6, 0.7])
    for (let size = 1; size <= 200; size++) {
      const n = share(p, size);
      assert.ok(n / size >= p && (n === 1 || (n - 1) / size < p), `share ${p}, size ${size}: ${n}`);
    }
});

test('intersectionSize and setOverlap are exact on sorted sets', () => {
  const a = Uint32Array.from([1, 3, 5, 7, 9, 11]);
  const b = Uint32Array.from([3, 4, 5, 11]);
  assert.equal(intersectionSize(a, b), 3);
  assert.equal(intersectionSize(b, a), 3);
  const ov = setOverlap(a, b);
  assert.equal(ov.jaccard, 3 / 7);
  assert.equal(ov.containment, 3 / 4);
  assert.deepEqual(setOverlap(a, a), { jaccard: 1, containment: 1 });
  assert.deepEqual(setOverlap(a, new Uint32Array(0)), { jaccard: 0, containment: 0 });
});

test('setOverlap containment is high when one text is an excerpt of the other', () => {
  const excerpt = REPORT.split('. ').slice(0, 2).join('. ');
  const ov = setOverlap(set(excerpt), set(REPORT));
  assert.ok(ov.containment > 0.95, `containment ${ov.containment}`);
  assert.ok(ov.jaccard < 0.6, `jaccard ${ov.jaccard}`);
});

test('minhashSignature is deterministic and has the requested size', () => {
  const s = set(REPORT);
  const a = minhashSignature(s, SIZE);
  assert.equal(a.length, SIZE);
  assert.deepEqual(minhashSignature(s, SIZE), a);
  // Independent hash functions: the minima are not all the same value.
  assert.ok(new Set(a).size > SIZE / 2);
});

test('identical texts have identical signatures (estimate 1)', () => {
  assert.equal(estimate(minhashSignature(set(REPORT), SIZE), minhashSignature(set(REPORT), SIZE)), 1);
});

test('disjoint texts have signatures that almost never agree', () => {
  const a = set(REPORT);
  const b = set(UNRELATED);
  assert.equal(intersectionSize(a, b), 0);
  assert.ok(estimate(minhashSignature(a, SIZE), minhashSignature(b, SIZE)) < 0.05);
});

test('a light edit keeps the estimate high and close to the true Jaccard', () => {
  const edited = REPORT.replace('Thursday evening', 'Thursday night').replace('nine survivors', 'ten survivors');
  const a = set(REPORT);
  const b = set(edited);
  const truth = setOverlap(a, b).jaccard;
  const est = estimate(minhashSignature(a, SIZE), minhashSignature(b, SIZE));
  assert.ok(truth > 0.8 && truth < 1, `true jaccard ${truth}`);
  assert.ok(est > 0.7, `estimate ${est}`);
  assert.ok(Math.abs(est - truth) < 0.12, `estimate ${est} vs ${truth}`);
});

test('the estimate tracks Jaccard at a middling overlap', () => {
  // Keep the first half, replace the second with other text: true Jaccard well below 1.
  const sentences = REPORT.split('. ');
  const mixed = [...sentences.slice(0, 3), ...UNRELATED.split('. ')].join('. ');
  const a = set(REPORT);
  const b = set(mixed);
  const truth = setOverlap(a, b).jaccard;
  const est = estimate(minhashSignature(a, 256), minhashSignature(b, 256));
  assert.ok(truth > 0.2 && truth < 0.6, `true jaccard ${truth}`);
  assert.ok(Math.abs(est - truth) < 0.12, `estimate ${est} vs ${truth}`);
});

test('LshIndex finds a near-duplicate and not an unrelated text', () => {
  const lsh = new LshIndex<string>(32, 4);
  lsh.add('report', minhashSignature(set(REPORT), 128));
  lsh.add('chess', minhashSignature(set(UNRELATED), 128));
  const edited = REPORT.replace('Thursday evening', 'Thursday night');
  const found = lsh.candidates(minhashSignature(set(edited), 128));
  assert.ok(found.has('report'));
  assert.ok(!found.has('chess'));
  assert.equal(new LshIndex<string>(32, 4).candidates(minhashSignature(set(edited), 128)).size, 0);
});

test('LshIndex stops reading a band shared by too many documents', () => {
  const sig = minhashSignature(set(REPORT), 8);
  const lsh = new LshIndex<number>(4, 2, 3);
  lsh.add(1, sig);
  assert.deepEqual([...lsh.candidates(sig)], [1]);
  for (let k = 2; k <= 5; k++) lsh.add(k, sig);
  // Every band of this signature is now boilerplate: nothing is read from it.
  assert.equal(lsh.candidates(sig).size, 0);
});

test('LshIndex keys tell bands apart and every bit of a row value', () => {
  const lsh = new LshIndex<string>(2, 2);
  lsh.add('x', Uint32Array.from([5, 0x10007, 9, 11]));
  assert.deepEqual([...lsh.candidates(Uint32Array.from([5, 0x10007, 1, 2]))], ['x']);
  assert.deepEqual([...lsh.candidates(Uint32Array.from([1, 2, 9, 11]))], ['x']);
  // The first band's values moved to the second band, or changed only above the low 16 bits: no match.
  assert.deepEqual([...lsh.candidates(Uint32Array.from([1, 2, 5, 0x10007]))], []);
  assert.deepEqual([...lsh.candidates(Uint32Array.from([5, 0x20007, 1, 2]))], []);
  assert.deepEqual([...lsh.candidates(Uint32Array.from([5 + 0x10000, 0x10007, 1, 2]))], []);
});
