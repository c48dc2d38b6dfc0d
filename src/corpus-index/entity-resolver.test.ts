import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Corpus, CorpusEntity, Doc, DocEntity, EntityMention, EntityType } from '../core/index.ts';
import { EntityResolver, docDate } from './entity-resolver.ts';

function ent(id: string, name: string, type: EntityType = 'PERSON'): DocEntity {
  return { id, name, type, aliases: [name], roles: [], acronym: null };
}

function mention(entity: string, start: number, text: string, type: EntityType = 'PERSON'): EntityMention {
  return { entity, start, end: start + text.length, text, type, role: null };
}

function doc(id: string, entities: DocEntity[], mentions: EntityMention[]): Doc {
  return { id, source: id, format: 'text', raw: '', hints: {}, text: '', removed: [], flags: [], issues: [], layers: { entities, mentions } };
}

function corpus(docs: Doc[], entities?: CorpusEntity[]): Corpus {
  return { documents: docs, inputErrors: [], issues: [], layers: entities ? { entities } : {} };
}

const FENWOLD: CorpusEntity = {
  id: 'c1', name: 'Idris Fenwold', type: 'PERSON', aliases: ['Mayor Fenwold', 'Fenwold'], documents: ['a', 'b'],
  mentions: [{ document: 'a', start: 0, end: 13, text: 'Idris Fenwold' }], roles: ['mayor'],
};

test('without corpus entities, keys are lower-cased names shared across documents', () => {
  const r = new EntityResolver(corpus([
    doc('a', [ent('e1', 'Idris Fenwold'), ent('e2', 'Velmora', 'PLACE')], []),
    doc('b', [ent('e5', 'idris fenwold')], []),
  ]));
  assert.equal(r.resolve('a', 'e1'), 'name:idris fenwold');
  assert.equal(r.resolve('b', 'e5'), r.resolve('a', 'e1'));
  assert.equal(r.name('name:idris fenwold'), 'Idris Fenwold');
  assert.equal(r.type('name:velmora'), 'PLACE');
  assert.deepEqual(r.keysOf('a').sort(), ['name:idris fenwold', 'name:velmora']);
});

test('with corpus entities, mentions resolve by span and names by alias', () => {
  const r = new EntityResolver(corpus([
    // Matched by the span of its mention, though its name differs.
    doc('a', [ent('e1', 'I. Fenwold')], [mention('e1', 0, 'I. Fenwold')]),
    // Matched by alias, case-insensitively.
    doc('b', [ent('e3', 'mayor fenwold')], []),
    // Unknown to the corpus layer: falls back to its name.
    doc('c', [ent('e4', 'Orla Tessaly')], []),
  ], [FENWOLD]));
  assert.equal(r.resolve('a', 'e1'), 'c1');
  assert.equal(r.resolve('b', 'e3'), 'c1');
  assert.equal(r.resolve('c', 'e4'), 'name:orla tessaly');
  assert.equal(r.name('c1'), 'Idris Fenwold');
  assert.equal(r.type('c1'), 'PERSON');
  assert.equal(r.name('name:orla tessaly'), 'Orla Tessaly');
  assert.deepEqual(r.keysOf('a'), ['c1']);
});

test('unknown documents, entities and keys resolve to nothing', () => {
  const r = new EntityResolver(corpus([doc('a', [ent('e1', 'Idris Fenwold')], [])]));
  assert.equal(r.resolve('a', null), null);
  assert.equal(r.resolve('a', undefined), null);
  assert.equal(r.resolve('a', 'e99'), null);
  assert.equal(r.resolve('zzz', 'e1'), null);
  assert.deepEqual(r.keysOf('zzz'), []);
  assert.equal(r.type('name:nobody'), null);
  assert.equal(r.name('name:nobody'), 'nobody');
});

test('docDate prefers the reference date, then the published date, then a dated source hint', () => {
  const m = { referenceDate: '2031-03-11', published: '2031-04-20' };
  assert.equal(docDate({ layers: { metadata: m }, hints: {} }), '2031-03-11');
  assert.equal(docDate({ layers: { metadata: { ...m, referenceDate: null } }, hints: {} }), '2031-04-20');
  assert.equal(docDate({ layers: {}, hints: { published: '2031-04-25T08:00:00Z' } }), '2031-04-25');
  assert.equal(docDate({ layers: {}, hints: { published: 'last Tuesday' } }), null);
  assert.equal(docDate({ layers: {}, hints: {} }), null);
});
