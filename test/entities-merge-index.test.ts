// The indexed merge rules against the quadratic reference they replaced: on random corpora built
// from small pools of invented names (so that spellings, surnames, acronyms and partial names
// collide often), both must form exactly the same groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Corpus, type DocEntity, type EntityMention, type EntityType } from '../src/core/index.ts';
import { mergeNodes } from '../src/stages/corpus/merge-aliases/merge.ts';
import { buildNodes } from '../src/stages/corpus/merge-aliases/nodes.ts';
import { mergeNodesReference } from './entities-merge-reference.ts';

const GIVEN = ['Ilsa', 'Teodor', 'Dara', 'Mirela', 'Oskan', 'Ewa', 'Phelan', 'Wadim'];
// Spellings of one surname: with ch for kh (read so after a Polish-looking given name) and j for zh.
const SUR = ['Varro', 'Venn-Ostrik', 'Vennostrik', 'Kesh', 'Kalsund', 'Brannt', 'Olloway', 'Ulloway', 'Chalerin', 'Khalerin', 'Bajenov', 'Bazhenov'];
// "Lines" ends a company's name, whose first word alone is then its short name.
const ORG_WORDS = ['Ostland', 'Harbour', 'Guard', 'Guards', 'Corps', 'Authority', 'Hill', 'Association', 'Kalsund', 'Lines', 'Marrow'];
const PLACES = ['Ostland', 'Kalsund', 'Vessa', 'Marrow', 'Kesh'];
const TYPES: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC'];
const AFTER = ['harbour', 'Guard', 'authority', 'corps', 'said', '', 'Hill', 'province'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomEntity(r: () => number): Omit<DocEntity, 'id'> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const k = r();
  if (k < 0.45) {
    const given = pick(GIVEN);
    const sur = pick(SUR);
    const forms = [`${given} ${sur}`, sur, `${given[0]}. ${sur}`, `${given} ${pick(GIVEN)} ${sur}`];
    const name = pick(forms);
    const aliases = [name];
    if (r() < 0.3) aliases.push(sur);
    // Now and then a person typed as something else, as a recognizer may.
    return { name, type: r() < 0.85 ? 'PERSON' : pick(TYPES), aliases, roles: r() < 0.3 ? [pick(['mayor', 'spokesperson', 'minister'])] : [], acronym: null };
  }
  if (k < 0.75) {
    const n = 1 + Math.floor(r() * 3);
    const words = Array.from({ length: n }, () => pick(ORG_WORDS));
    const name = words.join(' ');
    const acr = words.map((w) => w[0]).join('').toUpperCase();
    if (r() < 0.15 && acr.length >= 2) return { name: acr, type: 'ORG', aliases: [acr], roles: [], acronym: null };
    const defines = r() < 0.3 && acr.length >= 2;
    return { name, type: r() < 0.9 ? 'ORG' : pick(TYPES), aliases: defines ? [name, acr] : [name], roles: [], acronym: defines ? acr : null };
  }
  const place = pick(PLACES);
  const name = pick([place, `${place} province`, `Republic of ${place}`, `US ${place}`]);
  return { name, type: r() < 0.8 ? 'PLACE' : pick(TYPES), aliases: [name], roles: [], acronym: null };
}

function randomCorpus(seed: number, docs: number): Corpus {
  const r = rng(seed);
  const documents = Array.from({ length: docs }, (_, d) => {
    const doc = createDoc({ id: `d${d}`, source: `d${d}`, format: 'text', raw: '', text: '', hints: {}, flags: [], removed: [] });
    const entities: DocEntity[] = [];
    const mentions: EntityMention[] = [];
    const n = 1 + Math.floor(r() * 6);
    // Each mention on a line of its own, followed by a word, so that "the word after a name" is
    // exercised too (often a word of another name in the pools).
    let text = '';
    for (let k = 0; k < n; k++) {
      const e = { id: `e${k + 1}`, ...randomEntity(r) };
      entities.push(e);
      for (const a of e.aliases) {
        const start = text.length;
        const after = AFTER[Math.floor(r() * AFTER.length)];
        text += `${a}${after ? ` ${after}` : ''}\n`;
        mentions.push({ start, end: start + a.length, text: a, type: e.type, entity: e.id, role: null });
      }
    }
    doc.text = text;
    doc.layers.entities = entities;
    doc.layers.mentions = mentions;
    return doc;
  });
  return { documents, inputErrors: [], issues: [], layers: {} };
}

test('indexed merge rules form the same groups as the all-pairs reference', () => {
  let merged = 0;
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const nodes = buildNodes(randomCorpus(seed, 10 + seed * 15));
    const fast = mergeNodes(nodes);
    const slow = mergeNodesReference(nodes);
    const a = nodes.map((_, i) => fast.find(i));
    const b = nodes.map((_, i) => slow.find(i));
    assert.deepEqual(a, b, `seed ${seed}`);
    merged += a.filter((root, i) => root !== i).length;
  }
  // The corpora are built to merge a lot; an all-singleton agreement would prove nothing.
  assert.ok(merged > 100, `only ${merged} nodes merged`);
});
