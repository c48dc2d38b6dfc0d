// The answer key of a bundled example (examples/<dir>/expected.json) and a crude reading of its
// files, independent of the system's readers: which lines a reader should keep. Used by
// scripts/eval/example.ts to score the pipeline against the key.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface KeyDoc {
  format: string;
  published: string | null;
  content_date: string;
  title: string;
  kind: string;
  outlet: string;
}
export interface KeyValue {
  document: string;
  value: number | string;
  text: string;
}
export interface KeySlot {
  slot: string;
  kind: string;
  status: string;
  final_status?: string;
  /** Why an agreed slot holds more than one value (approximate figures read as one). */
  note?: string;
  values: KeyValue[];
}
export interface KeyEntity {
  canonical: string;
  type: string;
  aliases: string[];
  documents: string[];
}
export interface KeyEvent {
  date: string;
  what: string;
  documents: string[];
}
export interface AnswerKey {
  stories: { title: string; documents: string[] }[];
  documents: Record<string, KeyDoc>;
  junk: Record<string, { text: string; reason: string }[]>;
  metadata_lines: Record<string, { text: string }[]>;
  entities: KeyEntity[];
  claims: KeySlot[];
  timeline: KeyEvent[];
  provenance: { groups: { documents: string[] }[] };
}

export function readKey(dir: string): AnswerKey {
  return JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as AnswerKey;
}

/** The input files of an example: everything but the key and the README. */
export function exampleInputs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f !== 'expected.json' && !/^readme/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Lowercase, no markup emphasis, single spaces: how a kept line is looked for in a reader's text. */
export function normalize(s: string): string {
  return decodeEntities(s)
    .replace(/[*_#>`]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const BLOCKS = /<(p|h[1-6]|li|figcaption|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi;

function htmlBlocks(html: string): string[] {
  const body = html.replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  return [...body.matchAll(BLOCKS)].map((m) => decodeEntities(m[2].replace(/<[^>]+>/g, ' ')));
}

function recordLines(json: string): string[] {
  const rec = JSON.parse(json) as { text?: string };
  return (rec.text ?? '').split('\n');
}

/** Every line (paragraph) of each document, keyed by the key's document ids. */
export function documentLines(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of exampleInputs(dir)) {
    const name = path.basename(file);
    const raw = readFileSync(file, 'utf8');
    const ext = path.extname(name);
    if (ext === '.txt') out.set(name, raw.split('\n'));
    else if (ext === '.md') out.set(name, raw.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n'));
    else if (ext === '.html') out.set(name, htmlBlocks(raw));
    else if (ext === '.json') out.set(name, recordLines(raw));
    else if (ext === '.jsonl') {
      const lines = raw.split('\n').filter((l) => l.trim());
      lines.forEach((l, i) => out.set(lines.length === 1 ? name : `${name}#${i + 1}`, recordLines(l)));
    } else if (ext === '.rss' || ext === '.atom') {
      raw
        .split(ext === '.rss' ? '<item>' : '<entry>')
        .slice(1)
        .forEach((item, i) => {
          const body = /<!\[CDATA\[([\s\S]*?)\]\]>/.exec(item)?.[1] ?? /<description>([\s\S]*?)<\/description>/.exec(item)?.[1] ?? '';
          out.set(`${name}#${i + 1}`, /<p\b/i.test(body) ? htmlBlocks(body) : [decodeEntities(body)]);
        });
    }
  }
  return out;
}

/** A key id names a system id when equal, or when the system numbers the only record of a file ("x.jsonl#1"). */
export function sameDoc(ours: string, key: string): boolean {
  return ours === key || (ours.startsWith(key) && /^[-_.#]/.test(ours.slice(key.length)));
}
