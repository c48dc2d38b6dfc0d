import type { InputError, RawDocument } from '../core/index.ts';

export interface ReadOptions {
  /** Size cap per input in bytes (files are checked before reading, streams while reading). */
  maxBytes: number;
  /** Allow loopback/private/link-local addresses for URLs. Off by default: a URL must not reach inside the network. */
  allowPrivate: boolean;
  /** For feed items that carry only a teaser, fetch the linked page. */
  fetchTeasers: boolean;
  /** Per HTTP request (connect + headers + body). */
  timeoutMs: number;
  maxRedirects: number;
  /** For the input '-'; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** How many inputs are read at once (URLs mostly wait on the network). */
  concurrency?: number;
}

export interface ReadResult {
  documents: RawDocument[];
  errors: InputError[];
  /**
   * Files found inside a folder or glob that were passed over without being a failure: a JSON
   * file there that is not shaped like documents (a config, a gold file). Named files never land here.
   */
  skipped?: InputError[];
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxBytes: 20 * 1024 * 1024,
  allowPrivate: false,
  fetchTeasers: false,
  timeoutMs: 15_000,
  maxRedirects: 5,
  concurrency: 4,
};

/**
 * What one reader returns for one input: any number of documents and errors. Readers never throw
 * for bad input; a throw out of a reader is a bug and is reported as such by the caller.
 */
export interface ReaderOutcome {
  documents: RawDocument[];
  errors: InputError[];
}

/** Who the documents of one input are: the label errors name and the base of document ids. */
export interface InputOrigin {
  /** The input as the user gave it (or the path found inside a folder/glob), used in errors. */
  input: string;
  /** The id of a single document from this input, and the `name` of `name#n` record ids. */
  name: string;
  /** Where it came from, a path or URL, stored as RawDocument.source. */
  source: string;
  /** A longer, still readable name used when two inputs yield the same id (the path as given). */
  longName: string;
  /** Base URL for resolving relative links (the fetched URL), when known. */
  baseUrl?: string;
}

export function emptyOutcome(): ReaderOutcome {
  return { documents: [], errors: [] };
}
