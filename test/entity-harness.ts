// Runs documents through the real per-document stages and merge-aliases, for the entity tests.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, runDocStages, type Corpus, type Doc } from '../src/core/index.ts';
import { createDocStages } from '../src/stages/index.ts';
import { mergeAliases } from '../src/stages/corpus/merge-aliases/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const fixtureDir = path.join(repoRoot, 'test/fixtures/entities');

export async function runDoc(id: string, text: string): Promise<Doc> {
  const doc = createDoc({ id, source: id, format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  return runDocStages(doc, createDocStages(), { options: {} });
}

export async function runCorpus(files: { id: string; path: string }[]): Promise<Corpus> {
  const documents: Doc[] = [];
  for (const f of files) documents.push(await runDoc(f.id, readFileSync(f.path, 'utf8')));
  const corpus: Corpus = { documents, inputErrors: [], issues: [], layers: {} };
  await mergeAliases.run(corpus, { options: {} });
  return corpus;
}
