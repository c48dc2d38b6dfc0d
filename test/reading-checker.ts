// One checker for the reading stages (clean, read-metadata, split-sentences, find-quotes) that runs
// on ../shared/seeds/gold.json and on our own test/fixtures/reading/expected.json alike.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Doc, DocKind } from '../src/core/index.ts';
import { createDoc, runDocStages } from '../src/core/index.ts';
import { createDocStages } from '../src/stages/index.ts';

export interface ExpectedDocument {
  published?: string | null;
  content_date?: string;
  title?: string | null;
  tags?: string[];
  kind?: string;
  provenance?: string;
  subheadings?: string[];
  dateline?: string | null;
  credits?: string[];
  anomaly?: string;
}

export interface Expected {
  documents: Record<string, ExpectedDocument>;
  junk: Record<string, string[]>;
}

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const fixturesDir = path.join(repoRoot, 'test/fixtures/reading');

const READING_STAGES = new Set(['clean', 'read-metadata', 'split-sentences', 'find-entities', 'find-quotes']);

/** Reads a text file through the real stages, in pipeline order, up to find-quotes. */
export async function readThrough(file: string): Promise<Doc> {
  const raw = readFileSync(file, 'utf8');
  const stages = createDocStages().filter((s) => READING_STAGES.has(s.name));
  const id = path.basename(file);
  return runDocStages(createDoc({ id, source: file, format: 'text', raw, text: raw, hints: {}, flags: [], removed: [] }), stages, { options: {} });
}

/** Junk entries may carry a note in brackets after the text: "Headline (second and third copies)". */
export function junkText(entry: string): string {
  const m = /^(.*\S)\s+\(([^()]*\s[^()]*)\)$/.exec(entry);
  return m ? m[1] : entry;
}

/** Gold kinds are phrases ("republished copy", "aggregator rewrite"); ours are codes. */
export function expectedKind(phrase: string): DocKind {
  for (const k of ['opinion', 'aggregator', 'republished', 'live-blog'] as const) if (phrase.includes(k)) return k;
  return 'report';
}

export function expectedOutlet(provenance: string | undefined): string | null {
  const m = provenance ? /original outlet is (.+?) \(/.exec(provenance) : null;
  return m ? m[1] : null;
}

export interface LineCheck {
  missingLines: string[];
  junkLeft: string[];
}

/** Every junk item gone (the title's first copy aside), every other line of the input still there. */
export function checkLines(raw: string, clean: string, junk: readonly string[], title: string | null): LineCheck {
  const items = junk.map(junkText);
  const cleanLines = clean.split('\n').map((l) => l.trim());
  const junkLeft: string[] = [];
  for (const j of items) {
    if (j === title) {
      if (cleanLines.filter((l) => l === j).length > 1) junkLeft.push(`${j} (copies)`);
    } else if (cleanLines.includes(j) || cleanLines.some((l) => l.startsWith(j)) || clean.includes(j)) {
      junkLeft.push(j);
    }
  }
  const missingLines: string[] = [];
  for (const rawLine of raw.split('\n')) {
    let line = rawLine.trim();
    if (line.length === 0 || items.includes(line)) continue;
    for (const j of items) if (line.includes(j)) line = line.replace(j, '').trim();
    if (line.length > 0 && !clean.includes(line)) missingLines.push(line);
  }
  return { missingLines, junkLeft };
}
