// The trained NER weights: a hash table from feature hash to a row of per-tag weights, stored in a
// small binary file (uint32 keys, int16 quantized weights) that loads in a few milliseconds.

import { readFileSync, writeFileSync } from 'node:fs';
import { NTAGS, TAGS } from './tags.ts';
import type { GazetteerData } from './gazetteer.ts';

const MAGIC = 0x52454e54; // "TNER"
const VERSION = 1;

export interface ModelHeader {
  version: number;
  tags: string[];
  features: number;
  /** Weights are stored as round(w / scale) in int16. */
  scale: number;
  /** Free-form training notes (data, epochs, dev F1). */
  notes: Record<string, unknown>;
}

export class NerWeights {
  private readonly mask: number;
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;

  constructor(
    featureKeys: Uint32Array,
    readonly weights: Float32Array,
    readonly header: ModelHeader,
  ) {
    let size = 1;
    while (size < featureKeys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    for (let r = 0; r < featureKeys.length; r++) {
      const k = featureKeys[r] || 1;
      let slot = k & this.mask;
      while (this.rows[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.rows[slot] = r;
    }
  }

  /** Row offset into `weights` for a feature hash, or -1 when the model does not know it. */
  row(feature: number): number {
    const k = feature || 1;
    let slot = k & this.mask;
    for (;;) {
      const r = this.rows[slot];
      if (r === -1) return -1;
      if (this.keys[slot] === k) return r * NTAGS;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds the weights of `feature` to scores. */
  add(feature: number, scores: Float32Array | Float64Array): void {
    this.addAt(feature, scores, 0);
  }

  /**
   * Adds the weights of `feature` to scores[at, at + NTAGS). In Float64 these sums are exact (the
   * weights are int16 multiples of one scale, rounded to Float32, so a sum of a few hundred of
   * them needs far fewer than 53 bits): any order of summing gives the same scores.
   */
  addAt(feature: number, scores: Float32Array | Float64Array, at: number): void {
    const off = this.row(feature);
    if (off < 0) return;
    const w = this.weights;
    for (let t = 0; t < NTAGS; t++) scores[at + t] += w[off + t];
  }
}

export function saveModel(path: string, keys: Uint32Array, weights: Float32Array, notes: Record<string, unknown>): ModelHeader {
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs / 32767 || 1;
  const header: ModelHeader = { version: VERSION, tags: [...TAGS], features: keys.length, scale, notes };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((8 + json.length) % 4)) % 4;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(json.length + pad, 4);
  const buf = Buffer.concat([
    head,
    json,
    Buffer.alloc(pad, 0x20),
    Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength),
    Buffer.from(q.buffer, q.byteOffset, q.byteLength),
  ]);
  writeFileSync(path, buf);
  return header;
}

export function loadWeights(path: string): NerWeights {
  const buf = readFileSync(path);
  if (buf.readUInt32LE(0) !== MAGIC) throw new Error(`${path} is not an NER model file`);
  const hlen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.subarray(8, 8 + hlen).toString('utf8')) as ModelHeader;
  if (header.version !== VERSION || header.tags.join() !== TAGS.join()) throw new Error(`${path}: incompatible model version`);
  const n = header.features;
  // Copy into aligned memory: a Buffer from readFileSync may not be 4-byte aligned.
  const body = new Uint8Array(buf.subarray(8 + hlen));
  const keys = new Uint32Array(body.buffer, 0, n);
  const q = new Int16Array(body.buffer, n * 4, n * NTAGS);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * header.scale;
  return new NerWeights(keys, weights, header);
}

export function loadGazetteerData(path: string): GazetteerData {
  return JSON.parse(readFileSync(path, 'utf8')) as GazetteerData;
}
