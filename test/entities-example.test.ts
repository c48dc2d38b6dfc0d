// The bundled invented example (examples/harbor-bridge-collapse) through the real reader, the
// per-document stages and merge-aliases, against the alias groups of its hand-made answer key.
// The cases are picked from the key by their shape, not by name: a person spelled three or more
// ways, two people sharing a surname, and a group word equal to a person's surname.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDoc, runDocStages, type Corpus, type CorpusEntity } from '../src/core/index.ts';
import { readInputs } from '../src/ingest/index.ts';
import { createDocStages } from '../src/stages/index.ts';
import { mergeAliases } from '../src/stages/corpus/merge-aliases/index.ts';
import { repoRoot } from './entity-harness.ts';
import { countAliasPairs, uniqueAliases } from '../scripts/eval/example-alias-pairs.ts';

interface KeyEntity {
  canonical: string;
  type: string;
  aliases: string[];
}

const dir = path.join(repoRoot, 'examples', 'harbor-bridge-collapse');
const key = (JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { entities: KeyEntity[] }).entities;

let corpus: Promise<Corpus> | null = null;
function analyzed(): Promise<Corpus> {
  corpus ??= (async () => {
    const read = await readInputs([dir]);
    const documents = [];
    for (const raw of read.documents) documents.push(await runDocStages(createDoc(raw), createDocStages(), { options: {} }));
    const c: Corpus = { documents, inputErrors: [], issues: [], layers: {} };
    await mergeAliases.run(c, { options: {} });
    return c;
  })();
  return corpus;
}

const words = (s: string): string[] => s.split(/\s+/);
const lastWord = (s: string): string => words(s)[words(s).length - 1];
const holding = (ents: CorpusEntity[], alias: string): CorpusEntity[] => ents.filter((e) => e.aliases.includes(alias));

test('a person spelled several ways across outlets is one entity', async () => {
  const ents = (await analyzed()).layers.entities!;
  const variants = key.filter((k) => k.type === 'PERSON' && new Set(k.aliases.filter((a) => words(a).length >= 2)).size >= 3);
  assert.ok(variants.length >= 1, 'the key has a transliterated name');
  for (const k of variants) {
    const full = k.aliases.filter((a) => words(a).length >= 2);
    const found = new Set(full.flatMap((a) => holding(ents, a)));
    assert.equal(found.size, 1, `${full.join(' / ')} -> ${[...found].map((e) => e.name).join(' / ')}`);
    const e = [...found][0];
    assert.equal(e.type, 'PERSON');
    for (const a of full) assert.ok(e.aliases.includes(a), `${a} missing from ${e.aliases}`);
  }
});

test('a hyphenated surname and its closed-up spelling are one person', async () => {
  const ents = (await analyzed()).layers.entities!;
  const hyphenated = key.filter((k) => k.type === 'PERSON' && k.aliases.some((a) => /\p{L}-\p{L}/u.test(a)) && k.aliases.some((a) => words(a).length >= 2 && !a.includes('-')));
  assert.ok(hyphenated.length >= 1);
  for (const k of hyphenated) {
    const full = k.aliases.filter((a) => words(a).length >= 2);
    assert.equal(new Set(full.flatMap((a) => holding(ents, a))).size, 1, full.join(' / '));
  }
});

test('two people who share a surname stay apart', async () => {
  const ents = (await analyzed()).layers.entities!;
  const persons = key.filter((k) => k.type === 'PERSON' && words(k.canonical).length >= 2);
  let pairs = 0;
  for (let i = 0; i < persons.length; i++) {
    for (let j = i + 1; j < persons.length; j++) {
      if (lastWord(persons[i].canonical) !== lastWord(persons[j].canonical)) continue;
      pairs++;
      const a = holding(ents, persons[i].canonical);
      const b = holding(ents, persons[j].canonical);
      assert.equal(a.length, 1, persons[i].canonical);
      assert.equal(b.length, 1, persons[j].canonical);
      assert.notEqual(a[0], b[0]);
      // The bare surname, when it could be either, joins neither of them.
      assert.ok(!(a[0].aliases.includes(lastWord(persons[i].canonical)) && b[0].aliases.includes(lastWord(persons[j].canonical))));
    }
  }
  assert.ok(pairs >= 1, 'the key has two people with one surname');
});

test("a group word equal to a person's surname stays apart from the person", async () => {
  const ents = (await analyzed()).layers.entities!;
  const groups = key.filter((k) => k.type !== 'PERSON' && words(k.canonical).length === 1);
  let cases = 0;
  for (const g of groups) {
    const person = key.find((k) => k.type === 'PERSON' && words(k.canonical).length >= 2 && lastWord(k.canonical) === g.canonical);
    if (!person) continue;
    cases++;
    const p = holding(ents, person.canonical);
    assert.equal(p.length, 1);
    assert.equal(p[0].type, 'PERSON');
    const others = holding(ents, g.canonical).filter((e) => e !== p[0]);
    assert.ok(others.some((e) => e.type === g.type), `no ${g.type} entity for the group word`);
  }
  assert.ok(cases >= 1, 'the key has a group word equal to a surname');
});

test('alias pairs: no two key entities merged, and most same-entity spellings joined', async () => {
  const ents = (await analyzed()).layers.entities!;
  const { tp, fp, fn, missed } = countAliasPairs(uniqueAliases(key), (a, b) => ents.some((e) => e.aliases.includes(a.alias) && e.aliases.includes(b.alias)));
  if (process.env.SHOW_MISSED) for (const [a, b] of missed) console.log('missed', a.alias, '|', b.alias);
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  assert.equal(fp, 0, 'spellings of two different key entities were merged');
  // Measured 0.914 (32 of 35 pairs; 0.800 before "the X bridge" named the structure and "told The X
  // Courier" kept the paper's article, 0.743 before round 3). The misses are spellings our names
  // leave out on purpose: the key's "St X's" keeps the possessive (ours: "St X"). SHOW_MISSED=1
  // lists them. The floor guards what is found now.
  assert.ok(recall >= 0.91, `pairwise recall ${recall.toFixed(3)} (tp ${tp}, fn ${fn})`);
  assert.ok(precision === 1);
});
