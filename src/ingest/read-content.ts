import type { InputOrigin, ReaderOutcome, ReadOptions } from './options.ts';
import type { InputFormat } from './patterns.ts';
import { binaryKind, resolveFormat } from './detect-format.ts';
import { decodeBytes, repairWithFlag } from './decode.ts';
import { inputError } from './make-document.ts';
import { readText } from './read-text.ts';
import { readMarkdown } from './read-markdown.ts';
import { readHtml } from './read-html.ts';
import { readJson, readJsonLines } from './read-json.ts';
import { readFeed, type PageFetcher } from './read-feed.ts';

/** What every input path shares once it has bytes: binary check, decoding, format sniffing, the reader. */

export interface ReadContext {
  options: ReadOptions;
  /** For teaser items of feeds. */
  fetchPage: PageFetcher;
}

export interface ContentSource {
  bytes: Uint8Array;
  /** The format the extension or content type promises; null to sniff. */
  promised: InputFormat | null;
  /** A charset declared by the container (HTTP). */
  charset?: string | null;
}

export async function readContent(src: ContentSource, origin: InputOrigin, ctx: ReadContext): Promise<ReaderOutcome> {
  const fail = (code: Parameters<typeof inputError>[1], message: string): ReaderOutcome => ({
    documents: [],
    errors: [inputError(origin.input, code, message)],
  });
  if (src.bytes.length === 0) return fail('empty', 'empty input (0 bytes)');
  const binary = binaryKind(src.bytes);
  if (binary) return fail('binary', `not a text document: ${binary}`);
  const markup = src.promised === null || src.promised === 'html' || src.promised === 'feed' || src.promised === 'text';
  // Mojibake is repaired after the format is known: per record for JSON and feeds, so only the
  // records that had it carry the flag.
  const decoded = decodeBytes(src.bytes, { declared: src.charset, markup, repair: false });
  if (!decoded.ok) return fail('bad-encoding', decoded.message);
  let { text } = decoded.value;
  const flags = [...decoded.value.flags];
  if (!/\S/.test(text)) return fail('empty', 'contains only whitespace');
  const format = resolveFormat(src.promised, text);
  if (format === 'text' || format === 'markdown' || format === 'html') {
    const repaired = repairWithFlag(text);
    text = repaired.text;
    if (repaired.flag) flags.push(repaired.flag);
  }
  switch (format) {
    case 'text':
      return readText(text, origin, flags);
    case 'markdown':
      return readMarkdown(text, origin, flags);
    case 'html':
      return readHtml(text, origin, flags);
    case 'json':
      return readJson(text, origin, flags);
    case 'jsonl':
      return readJsonLines(text, origin, flags);
    case 'feed':
      return readFeed(text, origin, flags, { fetchTeasers: ctx.options.fetchTeasers, fetchPage: ctx.fetchPage, concurrency: ctx.options.concurrency });
  }
}
