import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTerminal } from './terminal.ts';
import { footbridgeDossier } from './fixtures/footbridge-dossier.ts';

const ESC = '\u001b';

test('a compact summary: story, counts, claims with status (conflicts first), timeline, input errors', () => {
  const out = renderTerminal(footbridgeDossier());
  assert.ok(!out.includes(ESC), 'no colour unless asked');
  const lines = out.split('\n');
  assert.equal(lines[0], 'Footbridge collapse in Ostrel');
  assert.match(lines[1], /3 documents · 2 independent sources · 2 claims · 2 events/);
  const claims = lines.slice(lines.indexOf('Claims') + 1);
  assert.match(claims[0], /^ {2}conflicting +people killed .*: at least 12 \/ 9 → 9 \(2 indep\.\)$/);
  assert.match(claims[1], /^ {2}single-source people injured .*: 30 \(1 indep\.\)$/);
  const timeline = lines.slice(lines.indexOf('Timeline') + 1);
  assert.match(timeline[0], /^ {2}2023-03 +The bridge was last inspected \[1\]$/);
  assert.match(out, /Could not read 1 input\n {2}inputs\/missing\.html \(not-found\)/);
  assert.ok(lines.every((l) => l.length <= 110), 'lines are kept short');
});

test('colour is ANSI when asked, and article text cannot inject escape sequences', () => {
  const d = footbridgeDossier();
  d.claims[0].subject = `killed ${ESC}[2J${ESC}]0;pwned\u0007 here`;
  const plain = renderTerminal(d);
  assert.ok(!plain.includes(ESC));
  assert.ok(!plain.includes('\u0007'));
  const colored = renderTerminal(d, { color: true });
  assert.match(colored, new RegExp(`${ESC}\\[31mconflicting`));
  // Only our own SGR sequences remain.
  const sequences = colored.match(new RegExp(`${ESC}[^m]*m`, 'g')) ?? [];
  assert.ok(sequences.length > 0);
  assert.ok(sequences.every((s) => /^\u001b\[\d+m$/.test(s)), sequences.join(' '));
  assert.equal(colored.split(ESC).length - 1, sequences.length);
});
