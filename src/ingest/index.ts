import { basename } from 'node:path';
import type { InputError, RawDocument } from '../core/index.ts';
import { DEFAULT_READ_OPTIONS, type InputOrigin, type ReaderOutcome, type ReadOptions, type ReadResult } from './options.ts';
import { expandInputs, type InputItem } from './expand-inputs.ts';
import { inputError } from './make-document.ts';
import { readFile } from './read-file.ts';
import { readStdin } from './read-stdin.ts';
import { pageFetcher, readUrl } from './read-url.ts';
import type { ReadContext } from './read-content.ts';
import { makeIdsUnique } from './unique-ids.ts';

export type { ReadOptions, ReadResult } from './options.ts';
export { DEFAULT_READ_OPTIONS } from './options.ts';
export { fetchUrl } from './fetch-url.ts';
export { isPrivateAddress } from './address-policy.ts';

function originOf(item: Exclude<InputItem, { kind: 'error' }>): InputOrigin {
  switch (item.kind) {
    case 'file': {
      const path = item.path.split('\\').join('/');
      return { input: item.path, name: basename(item.path), source: item.path, longName: path };
    }
    case 'url':
      return { input: item.url, name: item.url, source: item.url, longName: item.url };
    case 'stdin':
      return { input: '-', name: 'stdin', source: '-', longName: 'stdin' };
  }
}

async function readItem(item: InputItem, ctx: ReadContext): Promise<{ outcome: ReaderOutcome; origin: InputOrigin | null }> {
  if (item.kind === 'error') return { outcome: { documents: [], errors: [item.error] }, origin: null };
  const origin = originOf(item);
  try {
    switch (item.kind) {
      case 'file':
        return { outcome: await readFile(item.path, origin, ctx), origin };
      case 'url':
        return { outcome: await readUrl(item.url, origin, ctx), origin };
      case 'stdin':
        return { outcome: await readStdin(ctx.options.stdin ?? process.stdin, origin, ctx), origin };
    }
  } catch (err) {
    // A throw here is a bug in a reader, not the user's mistake; it still must not stop the batch.
    const reason = err instanceof Error ? err.message : String(err);
    return { outcome: { documents: [], errors: [inputError(origin.input, 'unsupported', `could not be read (internal error: ${reason})`)] }, origin };
  }
}

/**
 * Reads every input (files, folders recursively, globs, '-', http(s) URLs, feed files/URLs).
 * Never throws for a user's bad input: each failure is one InputError naming the input and the
 * reason; the rest carries on. Documents come back in input order (folders in name order).
 */
export async function readInputs(
  inputs: string[],
  options: Partial<ReadOptions> = {},
  onProgress?: (done: number, total: number, input: string) => void,
): Promise<ReadResult> {
  const opts: ReadOptions = { ...DEFAULT_READ_OPTIONS, ...stripUndefined(options) };
  const ctx: ReadContext = { options: opts, fetchPage: pageFetcher(opts) };
  const items = await expandInputs(inputs);
  const results: Array<{ outcome: ReaderOutcome; origin: InputOrigin | null }> = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await readItem(items[i], ctx);
      done++;
      onProgress?.(done, items.length, labelOf(items[i]));
    }
  };
  const limit = Math.max(1, Math.min(opts.concurrency ?? 4, items.length));
  await Promise.all(Array.from({ length: limit }, worker));

  const docs: Array<{ doc: RawDocument; origin: InputOrigin }> = [];
  const errors: ReadResult['errors'] = [];
  const skipped: InputError[] = [];
  results.forEach((r, i) => {
    for (const doc of r.outcome.documents) docs.push({ doc, origin: r.origin! });
    if (isQuietSkip(items[i], r.outcome)) skipped.push(...r.outcome.errors);
    else errors.push(...r.outcome.errors);
  });
  makeIdsUnique(docs);
  if (!docs.length && inputs.length && !errors.length) {
    errors.push(inputError(inputs.join(' '), 'no-text', 'no readable document in the inputs'));
  }
  return { documents: docs.map((d) => d.doc), errors, skipped };
}

/** A JSON file met in a folder walk whose whole shape is not documents: not the user's mistake. */
function isQuietSkip(item: InputItem, outcome: ReaderOutcome): boolean {
  return (
    item.kind === 'file' &&
    !item.explicit &&
    outcome.documents.length === 0 &&
    outcome.errors.length === 1 &&
    outcome.errors[0].code === 'bad-shape' &&
    outcome.errors[0].input === item.path
  );
}

function labelOf(item: InputItem): string {
  switch (item.kind) {
    case 'file':
      return item.path;
    case 'url':
      return item.url;
    case 'stdin':
      return '-';
    case 'error':
      return item.error.input;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
