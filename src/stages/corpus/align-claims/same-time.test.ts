import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimValue } from '../../../core/index.ts';
import { aboutSameTime, rivalAuthorities, toldAsChange } from './same-time.ts';

/** A figure in its sentence, credited to an authority (invented). */
function value(text: string, quantity: string, attribution: string | null): ClaimValue {
  return {
    document: 'd', value: Number(quantity.replace(/\D/g, '')) || 0, low: null, high: null, text, attribution,
    quantity: { document: 'd', start: 0, end: quantity.length, text: quantity }, vague: false, parts: [], hedge: null, published: null, group: 'g',
  };
}

test('two attributions are rival authorities when they share no naming word', () => {
  const v = (a: string | null) => value('x', '1', a);
  assert.ok(rivalAuthorities(v('the coast guard'), v('the port authority')));
  assert.ok(!rivalAuthorities(v('the coast guard'), v('a coast guard spokeswoman')));
  assert.ok(!rivalAuthorities(v('the agency'), v(null)), 'an unnamed source is no rival');
});

test('only the figure\'s own clause tells it as a change', () => {
  assert.ok(toldAsChange(value('The number of miners brought up has risen to 31, the company said.', '31', 'the company')));
  assert.ok(toldAsChange(value('Nine people are still unaccounted for.', 'Nine', null)));
  assert.ok(!toldAsChange(value('Police counted 52 injured, and nine are still in intensive care.', '52', null)));
});

test('about the same time: the same date, or a day apart between rival authorities with no change told', () => {
  const police = value('Police said 80 people were in the hall.', '80', 'police');
  const organisers = value('The organisers said 120 people were in the hall.', '120', 'the organisers');
  assert.ok(aboutSameTime(police, '2032-03-01', organisers, '2032-03-02'));
  assert.ok(!aboutSameTime(police, '2032-03-01', organisers, '2032-03-03'));
  assert.ok(!aboutSameTime(police, '2032-03-01', value('The organisers now say 120 were in the hall.', '120', 'the organisers'), '2032-03-02'));
});
