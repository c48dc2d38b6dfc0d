import type { Flag, InputError, RawDocument, SourceHints } from '../core/index.ts';
import type { InputOrigin, ReaderOutcome } from './options.ts';
import { inputError, makeDocument } from './make-document.ts';
import { readHtml } from './read-html.ts';
import { repairWithFlag } from './decode.ts';
import { TEXT_FIELDS, RECORD_FIELDS, LOOKS_LIKE_HTML, WRAPPER_KEYS } from './json-fields.ts';

/**
 * JSON and JSONL. A document is an object with a `text`, `content` or `body` string (documented
 * fields: title, url, published|date, source|outlet, author, language). A file holds one such
 * object, an array of them, or (JSONL) one per line. Anything else is a `bad-shape` error that says
 * what was expected; a bad JSONL line is an error naming `file:LINE`, and the good lines are kept.
 */

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const EXPECTED = 'expected an object with a "text", "content" or "body" string, or an array of such objects';

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (isObject(v)) {
    const keys = Object.keys(v);
    if (!keys.length) return 'an empty object';
    const shown = keys.slice(0, 6).map((k) => `"${k}"`).join(', ');
    return `an object with keys ${shown}${keys.length > 6 ? ', ...' : ''}`;
  }
  return `a ${typeof v}`;
}

/** A hint that a wrapped collection is probably what the user meant, so the error says where to look. */
function wrapperAdvice(v: unknown): string {
  if (!isObject(v)) return '';
  for (const key of Object.keys(v)) {
    const inner = v[key];
    if (WRAPPER_KEYS.has(key.toLowerCase()) && (Array.isArray(inner) || isObject(inner))) {
      return ` (the documents seem to be under "${key}": extract them first, e.g. jq '.${key}')`;
    }
  }
  return '';
}

function stringField(rec: JsonObject, names: readonly string[]): string | undefined {
  for (const name of names) {
    const v = rec[name];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number' && name !== 'text') return String(v);
  }
  return undefined;
}

function authorField(rec: JsonObject): string | undefined {
  const v = rec.author ?? rec.authors;
  const one = (x: unknown): string | undefined =>
    typeof x === 'string' ? x : isObject(x) && typeof x.name === 'string' ? x.name : undefined;
  if (Array.isArray(v)) return v.map(one).filter((x): x is string => !!x).join(', ') || undefined;
  return one(v);
}

type RecordResult = { doc: RawDocument } | { error: InputError };

/** One record to one document; `label` names the record in errors (`file#3`, `file:7`). */
function readRecord(rec: unknown, origin: InputOrigin, n: number | null, label: string, flags: Flag[]): RecordResult {
  if (!isObject(rec)) return { error: inputError(label, 'bad-shape', `${EXPECTED}; found ${describe(rec)}`) };
  let textField: string | undefined;
  let text: string | undefined;
  for (const name of TEXT_FIELDS) {
    const v = rec[name];
    if (v === undefined || v === null) continue;
    textField = name;
    if (typeof v === 'string') text = v;
    else if (Array.isArray(v) && v.every((p) => typeof p === 'string')) text = v.join('\n\n');
    else return { error: inputError(label, 'bad-shape', `field "${name}" must be a string (or an array of strings); found ${describe(v)}`) };
    if (text.trim()) break;
  }
  if (textField === undefined) {
    return { error: inputError(label, 'bad-shape', `${EXPECTED}; found ${describe(rec)}${wrapperAdvice(rec)}`) };
  }
  if (!text || !text.trim()) return { error: inputError(label, 'no-text', `field "${textField}" is empty`) };
  const repaired = repairWithFlag(text);
  text = repaired.text;
  if (repaired.flag) flags = [...flags, repaired.flag];
  const hints: SourceHints = {};
  for (const [key, names] of RECORD_FIELDS) {
    const v = key === 'author' ? authorField(rec) : stringField(rec, names);
    if (v) hints[key] = repairWithFlag(v).text;
  }
  if (LOOKS_LIKE_HTML.test(text)) {
    const recordOrigin = hints.url ? { ...origin, baseUrl: safeUrl(hints.url, origin.baseUrl) ?? origin.baseUrl } : origin;
    const out = readHtml(text, recordOrigin, flags, { hints, record: n, input: label });
    return out.documents.length ? { doc: out.documents[0] } : { error: out.errors[0] };
  }
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return { doc: makeDocument(origin, n, { format: 'text', raw: normalized, text: normalized, hints, flags }) };
}

function safeUrl(url: string, base: string | undefined): string | undefined {
  try {
    const u = new URL(url, base);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** "Unexpected token } in JSON at position 42" → "line 3, column 7: Unexpected token }". */
function jsonErrorMessage(err: unknown, text: string): string {
  const msg = (err instanceof Error ? err.message : String(err)).replace(/\s+in JSON\b/, '');
  const pos = /at position (\d+)/.exec(msg);
  if (!pos) return msg;
  const at = Number(pos[1]);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${at - lineStart + 1}: ${msg.replace(/\s*at position \d+.*$/, '')}`;
}

function push(out: ReaderOutcome, r: RecordResult): void {
  if ('doc' in r) out.documents.push(r.doc);
  else out.errors.push(r.error);
}

export function readJsonLines(text: string, origin: InputOrigin, flags: Flag[] = []): ReaderOutcome {
  const out: ReaderOutcome = { documents: [], errors: [] };
  const lines = text.split('\n');
  let record = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    record++;
    const label = `${origin.input}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      const reason = jsonErrorMessage(err, line).replace(/^line 1, /, '');
      out.errors.push(inputError(label, 'bad-json', `malformed JSON line: ${reason}`));
      continue;
    }
    push(out, readRecord(value, origin, record, label, flags));
  }
  if (record === 0) out.errors.push(inputError(origin.input, 'empty', 'contains no JSON lines'));
  return out;
}

/** A `.json` file that is really JSON Lines: its first non-blank line is a complete object. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length < 2) return false;
  try {
    return isObject(JSON.parse(lines[0]));
  } catch {
    return false;
  }
}

export function readJson(text: string, origin: InputOrigin, flags: Flag[] = []): ReaderOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    if (looksLikeJsonLines(text)) return readJsonLines(text, origin, flags);
    return { documents: [], errors: [inputError(origin.input, 'bad-json', `malformed JSON at ${jsonErrorMessage(err, text)}`)] };
  }
  const out: ReaderOutcome = { documents: [], errors: [] };
  if (isJsonFeed(value)) return readJsonFeed(value, origin, flags);
  if (Array.isArray(value)) {
    if (!value.length) out.errors.push(inputError(origin.input, 'no-text', 'the JSON array is empty'));
    value.forEach((rec, i) => push(out, readRecord(rec, origin, i + 1, `${origin.input}#${i + 1}`, flags)));
    return out;
  }
  push(out, readRecord(value, origin, null, origin.input, flags));
  return out;
}

/** JSON Feed (jsonfeed.org): a feed like RSS, written as JSON. */
function isJsonFeed(v: unknown): v is JsonObject & { items: unknown[] } {
  return isObject(v) && typeof v.version === 'string' && /jsonfeed\.org/i.test(v.version) && Array.isArray(v.items);
}

function readJsonFeed(feed: JsonObject & { items: unknown[] }, origin: InputOrigin, flags: Flag[]): ReaderOutcome {
  const out: ReaderOutcome = { documents: [], errors: [] };
  const site = typeof feed.title === 'string' ? feed.title : undefined;
  if (!feed.items.length) out.errors.push(inputError(origin.input, 'no-text', 'the feed has no items'));
  feed.items.forEach((item, i) => {
    const label = `${origin.input}#${i + 1}`;
    if (!isObject(item)) return out.errors.push(inputError(label, 'bad-shape', `a JSON Feed item must be an object; found ${describe(item)}`));
    if (item.content_text == null && item.content_html == null && item.summary == null) {
      return out.errors.push(inputError(label, 'no-text', 'the feed item has no content_text, content_html or summary'));
    }
    const authors = Array.isArray(item.authors) ? item.authors : item.author ? [item.author] : [];
    // Mapped onto the documented record fields so one path reads both.
    const record: JsonObject = {
      title: item.title,
      text: item.content_text ?? item.content_html ?? item.summary,
      url: item.url ?? item.external_url,
      published: item.date_published ?? item.date_modified,
      author: authors,
      language: item.language ?? feed.language,
      site,
    };
    push(out, readRecord(record, origin, i + 1, label, flags));
  });
  return out;
}
