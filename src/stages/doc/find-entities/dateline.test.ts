import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../core/index.ts';
import { TokenView } from './candidate.ts';
import { datelineAt, splitDatelines } from './dateline.ts';
import { findDocEntities } from './index.ts';
import { tokenizeDoc } from './token-doc.ts';

function view(text: string): TokenView {
  return new TokenView(tokenizeDoc(text, [{ start: 0, end: text.length }]));
}

const words = (v: TokenView, [a, b]: [number, number]): string => v.slice(a, b);

test('"CITY, Region (AGENCY) — Text": city, region, agency and where the text starts', () => {
  const v = view('NORTH KELMARSH, Ostravia (OPA) — Rescuers searched the river on Monday.');
  const d = datelineAt(0, v.n, v)!;
  assert.ok(d);
  assert.equal(words(v, d.place), 'NORTH KELMARSH');
  assert.equal(words(v, d.region!), 'Ostravia');
  assert.equal(v.word(d.agency!), 'OPA');
  assert.equal(v.word(d.textStart), 'Rescuers');
});

test('"CITY — Text" and "CITY (AGENCY) - Text" are datelines too', () => {
  const a = view('KELMARSH — Part of the roof fell.');
  assert.equal(words(a, datelineAt(0, a.n, a)!.place), 'KELMARSH');
  const b = view('KELMARSH (OPA) - Part of the roof fell.');
  assert.equal(b.word(datelineAt(0, b.n, b)!.agency!), 'OPA');
});

test('a city in ordinary capitals needs the region after it', () => {
  const v = view('North Kelmarsh, Ostravia — Part of the roof fell.');
  const d = datelineAt(0, v.n, v)!;
  assert.equal(words(v, d.place), 'North Kelmarsh');
  assert.equal(words(v, d.region!), 'Ostravia');
});

test('section headers in capitals, ordinary sentences and a missing dash are not datelines', () => {
  for (const s of ['TENNIS - KELMARSH WINS IN OSTRAVIA', 'Kelmarsh — Part of the roof fell.', 'Kelmarsh, Ostravia said on Monday', 'KELMARSH, Ostravia said on Monday', 'KELMARSH']) {
    const v = view(s);
    assert.equal(datelineAt(0, v.n, v), null, s);
  }
});

test('the text after the dash becomes a sentence of its own', () => {
  const v = view('KELMARSH — Part of the roof fell.');
  const starts = [0];
  splitDatelines(starts, v);
  assert.deepEqual(starts, [0, 2]);
});

test('through the stage: the city is a place, the agency a group, the first word of the text no name', () => {
  const text = 'Roof of Kelmarsh market hall falls\n\nKELMARSH, Ostravia (OPA) — Part of the market hall roof fell on Monday, the Ostravian fire service said. Traders in Kelmarsh said the hall had been closed.\n';
  const doc = createDoc({ id: 'd', source: 'd', format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  findDocEntities(doc);
  const mentions = doc.layers.mentions!;
  const at = (s: string): string | undefined => mentions.find((m) => m.text === s)?.type;
  assert.equal(at('KELMARSH'), 'PLACE');
  assert.equal(at('Ostravia'), 'PLACE');
  assert.equal(at('OPA'), 'ORG');
  assert.equal(at('Part'), undefined);
  // The city's other mentions follow the dateline (one entity, a place).
  const city = mentions.filter((m) => m.text.toLowerCase() === 'kelmarsh');
  assert.ok(city.length >= 2);
  assert.ok(city.every((m) => m.type === 'PLACE'), JSON.stringify(city));
});
