import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeMacRoman, proseFit, readsAsMacRoman } from './mac-roman.ts';
import { CP1252_HIGH } from './windows-1252.ts';

/** Encodes text with a single-byte table given as the characters of bytes 0x80..0xFF. */
function encodeWith(high: string, text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) return code;
    const at = high.indexOf(c);
    assert.ok(at >= 0, `no byte for ${c}`);
    return 0x80 + at;
  }));
}
const MAC_HIGH = decodeMacRoman(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
const CP1252_FULL = CP1252_HIGH + Array.from({ length: 32 }, (_, i) => String.fromCharCode(0xa0 + i)).join('') +
  Array.from({ length: 64 }, (_, i) => String.fromCharCode(0xc0 + i)).join('');

const PROSE = 'The ferry’s captain said “we couldn’t turn back” – the café on the quay, déjà full, stayed open…';

test('Mac OS Roman prose is told from windows-1252 prose', () => {
  assert.equal(readsAsMacRoman(encodeWith(MAC_HIGH, PROSE)), true);
  assert.equal(readsAsMacRoman(encodeWith(CP1252_FULL, PROSE)), false);
  assert.equal(decodeMacRoman(encodeWith(MAC_HIGH, PROSE)), PROSE);
});

test('an upper-case letter inside a word and stray symbols score against a reading', () => {
  assert.ok(proseFit('donÕt') < 0);
  assert.ok(proseFit('don’t') > 0);
  assert.ok(proseFit('x‡y ˆ') < 0);
  assert.ok(proseFit('Élan and Ödön') > 0, 'capitals at a word start are fine');
  assert.ok(proseFit('ÉTAT and CAFÉ') > 0, 'capitals inside all-capitals words are fine');
  assert.ok(proseFit('an ÔOpenÔ call Ð now') < 0, 'quote marks and a dash read as capitals are not');
});

test('quote marks around capitalised words and a lone dash: Mac OS Roman, not windows-1252', () => {
  const text = 'Work package ‘Outreach‘ – see the ‘Partners’ annex.';
  assert.equal(readsAsMacRoman(encodeWith(MAC_HIGH, text)), true);
  assert.equal(readsAsMacRoman(encodeWith(CP1252_FULL, text)), false);
});
