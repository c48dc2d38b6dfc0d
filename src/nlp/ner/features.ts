// Feature extraction for the NER tagger. Every feature is a 32-bit hash of (template, values), so
// extraction allocates nothing per token: hashes are computed from the text by offsets into
// reusable typed buffers. Static features depend only on the words; dynamic ones on the tags
// already predicted to the left (see `dynamicFeatures`).

import { hashRange, mix, mix3 } from '../hash.ts';
import { Gazetteer, MAX_PHRASE, phraseStep } from './gazetteer.ts';

/** A document's tokens: offsets into `text`, and sentence boundaries as token indices. */
export interface TokenDoc {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** Token index where each sentence starts; sentence k spans [sentStarts[k], sentStarts[k+1] or n). */
  sentStarts: ArrayLike<number>;
}

const enum T {
  Bias = 1, Word, Lower, Shape, Short, Pre1, Pre2, Pre3, Pre4, Suf1, Suf2, Suf3, Suf4,
  Lm1, Lm2, Lp1, Lp2, Sm1, Sp1, Bi0, Bi1, Tri, Gaz, GazM1, GazP1, Init, Caps, CapsLower, Doc, Len,
  P1, P12, P1W, P1S, GazSpan, Paren, Sm2, Sp2, LP1Short,
}

const BOS = 0x5a5a5a5a;
const EOS = 0x3c3c3c3c;

const CH_UPPER = 1;
const CH_LOWER = 2;
const CH_DIGIT = 3;

function charClass(c: number): number {
  if (c >= 97 && c <= 122) return CH_LOWER;
  if (c >= 65 && c <= 90) return CH_UPPER;
  if (c >= 48 && c <= 57) return CH_DIGIT;
  if (c >= 192) {
    const s = String.fromCharCode(c);
    if (s.toLowerCase() !== s) return CH_UPPER;
    if (s.toUpperCase() !== s) return CH_LOWER;
  }
  return 16 + (c & 0xff);
}

/** Capitalization class: 0 no letters/lower initial, 1 initial capital, 2 all capitals (2+ letters). */
const CAP_LOWER = 0;
const CAP_INIT = 1;
const CAP_ALL = 2;

export class FeatureExtractor {
  private cap = 0;
  lower = new Uint32Array(0);
  word = new Uint32Array(0);
  shape = new Uint32Array(0);
  short = new Uint32Array(0);
  capClass = new Uint8Array(0);
  gaz = new Uint32Array(0);
  gazSpan = new Uint32Array(0);
  docBits = new Uint8Array(0);
  sentOf = new Int32Array(0);
  sentCaps = new Uint8Array(0);
  parenDepth = new Uint8Array(0);
  private readonly docMap = new Map<number, number>();

  constructor(readonly gazetteer: Gazetteer) {}

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const c = Math.max(n, this.cap * 2, 256);
    this.lower = new Uint32Array(c);
    this.word = new Uint32Array(c);
    this.shape = new Uint32Array(c);
    this.short = new Uint32Array(c);
    this.capClass = new Uint8Array(c);
    this.gaz = new Uint32Array(c);
    this.gazSpan = new Uint32Array(c);
    this.docBits = new Uint8Array(c);
    this.sentOf = new Int32Array(c);
    this.parenDepth = new Uint8Array(c);
    this.cap = c;
  }

  /** Computes the per-token values the features are built from, for a whole document. */
  prepare(doc: TokenDoc): void {
    const n = doc.starts.length;
    this.ensure(n);
    const { text } = doc;
    const nsent = doc.sentStarts.length;
    if (this.sentCaps.length < nsent) this.sentCaps = new Uint8Array(Math.max(nsent, this.sentCaps.length * 2));
    let k = -1;
    let depth = 0;
    for (let i = 0; i < n; i++) {
      while (k + 1 < nsent && doc.sentStarts[k + 1] <= i) {
        k++;
        this.sentCaps[k] = 1;
        depth = 0;
      }
      this.sentOf[i] = k;
      const s = doc.starts[i];
      const e = doc.ends[i];
      this.word[i] = hashRange(text, s, e, false);
      this.lower[i] = hashRange(text, s, e, true);
      let shape = 0x9dc5;
      let short = 0x1c9d;
      let prev = -1;
      let run = 0;
      let uppers = 0;
      let lowers = 0;
      for (let j = s; j < e; j++) {
        const cls = charClass(text.charCodeAt(j));
        if (cls === CH_UPPER) uppers++;
        else if (cls === CH_LOWER) lowers++;
        if (cls === prev) run++;
        else run = 1;
        if (run <= 4) shape = Math.imul(shape ^ cls, 0x01000193);
        if (run === 1) short = Math.imul(short ^ cls, 0x01000193);
        prev = cls;
      }
      this.shape[i] = shape >>> 0;
      this.short[i] = short >>> 0;
      const first = charClass(text.charCodeAt(s));
      const cap = uppers >= 2 && lowers === 0 ? CAP_ALL : first === CH_UPPER ? CAP_INIT : CAP_LOWER;
      this.capClass[i] = cap;
      if (lowers > 0 && k >= 0) this.sentCaps[k] = 0;
      const c0 = text.charCodeAt(s);
      if (c0 === 40) depth++;
      this.parenDepth[i] = depth > 0 ? 1 : 0;
      if (c0 === 41 && depth > 0) depth--;
    }
    this.prepareGazetteer(n);
    this.prepareDocBits(doc, n);
  }

  private prepareGazetteer(n: number): void {
    const g = this.gazetteer;
    for (let i = 0; i < n; i++) {
      this.gaz[i] = g.single.get(this.lower[i]) ?? 0;
      this.gazSpan[i] = 0;
    }
    for (let i = 0; i < n; i++) {
      const maxLen = g.starts.get(this.lower[i]);
      if (maxLen === undefined) continue;
      let h = this.lower[i];
      for (let len = 2; len <= Math.min(maxLen, MAX_PHRASE) && i + len <= n; len++) {
        h = phraseStep(h, this.lower[i + len - 1], len - 1);
        const bits = g.phrase.get(h);
        if (bits === undefined) continue;
        // Mark begin (low 16 bits) and inside (high 16 bits) positions of the matched phrase.
        this.gazSpan[i] |= bits & 0xffff;
        for (let j = i + 1; j < i + len; j++) this.gazSpan[j] |= (bits & 0xffff) << 16;
      }
    }
  }

  /** Per word form: seen with a lowercase initial (1), seen capitalized mid-sentence (2). */
  private prepareDocBits(doc: TokenDoc, n: number): void {
    const m = this.docMap;
    m.clear();
    for (let i = 0; i < n; i++) {
      const cap = this.capClass[i];
      const k = this.sentOf[i];
      let bit = 0;
      if (cap === CAP_LOWER) {
        const c = doc.text.charCodeAt(doc.starts[i]);
        if (charClass(c) === CH_LOWER) bit = 1;
      } else if (cap === CAP_INIT && i > doc.sentStarts[k] && !this.sentCaps[k]) bit = 2;
      if (bit) m.set(this.lower[i], (m.get(this.lower[i]) ?? 0) | bit);
    }
    for (let i = 0; i < n; i++) this.docBits[i] = m.get(this.lower[i]) ?? 0;
  }

  /**
   * Writes the static feature hashes of token i (in the sentence [s0, s1)) into out at pos;
   * returns the new position. `text`/offsets are needed for the affixes.
   */
  staticFeatures(doc: TokenDoc, i: number, s0: number, s1: number, out: Uint32Array, pos: number): number {
    pos = this.wordFeatures(doc, i, i === s0 ? 1 : 0, out, pos);
    return this.contextFeatures(doc, i, s0, s1, out, pos);
  }

  /**
   * The static features that depend only on the token's own characters and on whether it starts
   * its sentence (`init`): equal tokens get equal features, so a decoder may cache their sum.
   */
  wordFeatures(doc: TokenDoc, i: number, init: number, out: Uint32Array, pos: number): number {
    const { lower, short } = this;
    const cap = this.capClass[i];
    out[pos++] = T.Bias;
    out[pos++] = mix(T.Word, this.word[i]);
    out[pos++] = mix(T.Lower, lower[i]);
    out[pos++] = mix(T.Shape, this.shape[i]);
    out[pos++] = mix3(T.Short, short[i], init);
    const s = doc.starts[i];
    const e = doc.ends[i];
    const len = e - s;
    const text = doc.text;
    if (len > 1) out[pos++] = mix(T.Pre1, hashRange(text, s, s + 1, true));
    if (len > 2) out[pos++] = mix(T.Pre2, hashRange(text, s, s + 2, true));
    if (len > 3) out[pos++] = mix(T.Pre3, hashRange(text, s, s + 3, true));
    if (len > 4) out[pos++] = mix(T.Pre4, hashRange(text, s, s + 4, true));
    if (len > 1) out[pos++] = mix(T.Suf1, hashRange(text, e - 1, e, true));
    if (len > 2) out[pos++] = mix(T.Suf2, hashRange(text, e - 2, e, true));
    if (len > 3) out[pos++] = mix(T.Suf3, hashRange(text, e - 3, e, true));
    if (len > 4) out[pos++] = mix(T.Suf4, hashRange(text, e - 4, e, true));
    out[pos++] = mix(T.Len, len > 8 ? 8 : len);
    out[pos++] = mix3(T.Init, init, cap);
    return bitFeatures(T.Gaz, this.gaz[i], out, pos);
  }

  /** The static features that depend on the neighbours, the sentence or the document. */
  contextFeatures(doc: TokenDoc, i: number, s0: number, s1: number, out: Uint32Array, pos: number): number {
    pos = this.neighborFeatures(i > s0 ? i - 1 : -1, PREV, out, pos);
    pos = this.neighborFeatures(i > s0 + 1 ? i - 2 : -1, PREV2, out, pos);
    pos = this.neighborFeatures(i + 1 < s1 ? i + 1 : -1, NEXT, out, pos);
    pos = this.neighborFeatures(i + 2 < s1 ? i + 2 : -1, NEXT2, out, pos);
    return this.windowFeatures(i, s0, s1, out, pos);
  }

  /**
   * The features of token j seen from a token it neighbours in `role` (PREV: one before, PREV2:
   * two before, NEXT, NEXT2); j = -1 when that neighbour is past the sentence edge. They depend on
   * j's own characters only, so a decoder may cache them per word form like `wordFeatures`.
   */
  neighborFeatures(j: number, role: number, out: Uint32Array, pos: number): number {
    const { lower, short, gaz } = this;
    switch (role) {
      case PREV:
        out[pos++] = mix(T.Lm1, j < 0 ? BOS : lower[j]);
        return j < 0 ? pos : bitFeatures(T.GazM1, gaz[j], out, pos);
      case PREV2:
        out[pos++] = mix(T.Lm2, j < 0 ? BOS : lower[j]);
        out[pos++] = mix(T.Sm2, j < 0 ? BOS : short[j]);
        return pos;
      case NEXT:
        out[pos++] = mix(T.Lp1, j < 0 ? EOS : lower[j]);
        return j < 0 ? pos : bitFeatures(T.GazP1, gaz[j], out, pos);
      default:
        out[pos++] = mix(T.Lp2, j < 0 ? EOS : lower[j]);
        out[pos++] = mix(T.Sp2, j < 0 ? EOS : short[j]);
        return pos;
    }
  }

  /** Features pairing the token with a neighbour, and those of its sentence and document. */
  windowFeatures(i: number, s0: number, s1: number, out: Uint32Array, pos: number): number {
    const { lower, short } = this;
    const lm1 = i > s0 ? lower[i - 1] : BOS;
    const lp1 = i + 1 < s1 ? lower[i + 1] : EOS;
    const sm1 = i > s0 ? short[i - 1] : BOS;
    const sp1 = i + 1 < s1 ? short[i + 1] : EOS;
    const cap = this.capClass[i];
    const init = i === s0 ? 1 : 0;
    const caps = this.sentCaps[this.sentOf[i]];
    out[pos++] = mix3(T.Sm1, sm1, short[i]);
    out[pos++] = mix3(T.Sp1, sp1, short[i]);
    out[pos++] = mix3(T.Bi0, lm1, lower[i]);
    out[pos++] = mix3(T.Bi1, lower[i], lp1);
    out[pos++] = mix3(T.LP1Short, lm1, short[i]);
    out[pos++] = mix(T.Tri, mix3(sm1, short[i], sp1));
    out[pos++] = mix3(T.Caps, caps, this.shape[i]);
    if (caps) out[pos++] = mix(T.CapsLower, lower[i]);
    out[pos++] = mix(T.Doc, this.docBits[i] | (cap << 2) | (init << 4) | (caps << 5));
    out[pos++] = mix3(T.Paren, this.parenDepth[i], cap);
    return bitFeatures(T.GazSpan, this.gazSpan[i], out, pos);
  }
}

/** Neighbour roles for `neighborFeatures`. */
export const PREV = 1;
export const PREV2 = 2;
export const NEXT = 3;
export const NEXT2 = 4;

function bitFeatures(template: number, bits: number, out: Uint32Array, pos: number): number {
  let b = bits >>> 0;
  let bit = 0;
  while (b !== 0) {
    if (b & 1) out[pos++] = mix3(template, bit, 0);
    b >>>= 1;
    bit++;
  }
  return pos;
}

/** Upper bound of static features per token (for buffer sizing). */
export const MAX_STATIC = 96;
export const NDYN = 4;

/** Features built from the two previous predicted tags. */
export function dynamicFeatures(p1: number, p2: number, lower: number, short: number, out: Uint32Array): void {
  tagFeatures(p1, p2, out, 0);
  tagWordFeatures(p1, lower, short, out, 2);
}

/** The two dynamic features that depend on the previous tags only (a decoder may tabulate them). */
export function tagFeatures(p1: number, p2: number, out: Uint32Array, pos: number): void {
  out[pos] = mix(T.P1, p1);
  out[pos + 1] = mix(T.P12, p1 * 32 + p2);
}

/** The two dynamic features that pair the previous tag with the word and its short shape. */
export function tagWordFeatures(p1: number, lower: number, short: number, out: Uint32Array, pos: number): void {
  out[pos] = mix3(T.P1W, p1, lower);
  out[pos + 1] = mix3(T.P1S, p1, short);
}
