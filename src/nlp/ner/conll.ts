// Reads CoNLL-2003 files (token POS chunk tag per line, blank line between sentences,
// -DOCSTART- between documents) into documents whose tokens are laid out in one text string, so
// training and evaluation use the same offset-based feature code as the pipeline.

import { readFileSync } from 'node:fs';
import type { TokenDoc } from './features.ts';
import { TAG_INDEX } from './tags.ts';

export interface ConllDoc extends TokenDoc {
  starts: number[];
  ends: number[];
  sentStarts: number[];
  /** Gold tag index per token (IOB1 input is converted to BIO). */
  gold: Uint8Array;
}

/** Each sentence's token range [start, end) of a document, in order. */
export function sentenceRanges(d: ConllDoc): Array<[number, number]> {
  return d.sentStarts.map((a, k) => [a, k + 1 < d.sentStarts.length ? d.sentStarts[k + 1]! : d.starts.length]);
}

export function readConll(path: string): ConllDoc[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const docs: ConllDoc[] = [];
  let parts: string[] = [];
  let starts: number[] = [];
  let ends: number[] = [];
  let sentStarts: number[] = [];
  let tags: string[] = [];
  let len = 0;
  let inSentence = false;
  const flush = (): void => {
    if (starts.length === 0) return;
    docs.push({ text: parts.join(''), starts, ends, sentStarts, gold: toBio(tags, sentStarts) });
    parts = [];
    starts = [];
    ends = [];
    sentStarts = [];
    tags = [];
    len = 0;
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      inSentence = false;
      continue;
    }
    if (line.trim() === '') {
      if (inSentence) {
        parts.push('\n');
        len += 1;
      }
      inSentence = false;
      continue;
    }
    const cols = line.split(' ');
    const tok = cols[0];
    if (!inSentence) {
      sentStarts.push(starts.length);
      inSentence = true;
    } else {
      parts.push(' ');
      len += 1;
    }
    starts.push(len);
    parts.push(tok);
    len += tok.length;
    ends.push(len);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  return docs;
}

/** Converts IOB1 or BIO strings to BIO tag indices, per sentence. */
function toBio(tags: string[], sentStarts: number[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  const isStart = new Set(sentStarts);
  let prevType = '';
  for (let i = 0; i < tags.length; i++) {
    if (isStart.has(i)) prevType = '';
    const t = tags[i];
    if (t === 'O') {
      out[i] = 0;
      prevType = '';
      continue;
    }
    const type = t.slice(2);
    const begin = t.startsWith('B-') || prevType !== type;
    out[i] = TAG_INDEX.get((begin ? 'B-' : 'I-') + type) ?? 0;
    prevType = type;
  }
  return out;
}
