import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, sniffUtf16 } from './decode.ts';

const enc = (s: string) => new TextEncoder().encode(s);
/** windows-1252 bytes of a string made of Latin-1 letters and ASCII (enough for these fixtures). */
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

function ok(r: ReturnType<typeof decodeBytes>) {
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.value;
}

test('valid UTF-8 is read as is, without flags; CRLF becomes LF', () => {
  const v = ok(decodeBytes(enc('Brücke eingestürzt\r\nzweite Zeile\rdritte')));
  assert.equal(v.encoding, 'utf-8');
  assert.equal(v.text, 'Brücke eingestürzt\nzweite Zeile\ndritte');
  assert.deepEqual(v.flags, []);
});

test('a UTF-8 BOM is stripped', () => {
  const v = ok(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('Velmora')])));
  assert.equal(v.text, 'Velmora');
});

test('UTF-16 with and without a BOM is converted and flagged', () => {
  const le = Buffer.from('\uFEFFThe river rose.', 'utf16le');
  const v = ok(decodeBytes(le));
  assert.equal(v.text, 'The river rose.');
  assert.equal(v.flags[0].code, 'encoding-converted');
  const bare = Buffer.from('The river rose again tonight.', 'utf16le');
  assert.equal(sniffUtf16(bare), 'utf-16le');
  assert.equal(ok(decodeBytes(bare)).text, 'The river rose again tonight.');
});

test('windows-1252 bytes are detected, converted and flagged', () => {
  const bytes = Uint8Array.from([...latin1('Le pont de Velmora s'), 0x92, ...latin1('est effondr\u00e9 '), 0x96, ...latin1(' 12 bless\u00e9s')]);
  const v = ok(decodeBytes(bytes));
  assert.equal(v.encoding, 'windows-1252');
  assert.equal(v.text, 'Le pont de Velmora s’est effondré – 12 blessés');
  assert.ok(v.flags.some((f) => f.code === 'encoding-converted'));
});

test('Mac OS Roman bytes are detected, converted and flagged, even with bytes windows-1252 leaves undefined', () => {
  // "L’équipe a reçu l’aide – « très tôt »" in Mac OS Roman: ’ 0xD5, é 0x8E, ç 0x8D (undefined in windows-1252), – 0xD0, « 0xC7, » 0xC8, è 0x8F, ô 0x99.
  const mac = (s: string) => Uint8Array.from([...s].map((c) => ({ '’': 0xd5, é: 0x8e, ç: 0x8d, '–': 0xd0, '«': 0xc7, '»': 0xc8, è: 0x8f, ô: 0x99 })[c] ?? c.charCodeAt(0)));
  const v = ok(decodeBytes(mac('L’équipe a reçu l’aide – « très tôt »')));
  assert.equal(v.encoding, 'macintosh');
  assert.equal(v.text, 'L’équipe a reçu l’aide – « très tôt »');
  assert.ok(v.flags.some((f) => f.code === 'encoding-converted' && /Mac OS Roman/.test(f.message)));
});

test('a declared charset in a meta tag is respected', () => {
  const html = Uint8Array.from([...latin1('<html><head><meta charset="iso-8859-1"></head><body>Caf'), 0xe9, ...latin1('</body></html>')]);
  const v = ok(decodeBytes(html, { markup: true }));
  assert.match(v.text, /Café/);
  assert.equal(v.encoding, 'windows-1252');
});

test('a wrong legacy declaration over valid UTF-8 is overruled and flagged', () => {
  const v = ok(decodeBytes(enc('<meta charset="latin1"><p>Café crème</p>'), { markup: true }));
  assert.match(v.text, /Café crème/);
  assert.ok(v.flags.some((f) => f.code === 'charset-mismatch'));
});

test('an HTTP-declared charset wins over sniffing', () => {
  const v = ok(decodeBytes(latin1('na\u00efve'), { declared: 'ISO-8859-1' }));
  assert.equal(v.text, 'naïve');
});

test('mixed UTF-8 and windows-1252 in one file keeps both readable', () => {
  const bytes = Uint8Array.from([...enc('Zürich: '), ...latin1('Gen\u00e8ve')]);
  const v = ok(decodeBytes(bytes));
  assert.equal(v.text, 'Zürich: Genève');
  assert.ok(v.flags.some((f) => f.code === 'encoding-converted' && /Mixed/.test(f.message)));
});

test('bytes that are neither UTF-8 nor plausible legacy text are bad-encoding', () => {
  const garbage = new Uint8Array(400);
  for (let i = 0; i < garbage.length; i++) garbage[i] = 0x80 + ((i * 37) % 0x7f);
  const r = decodeBytes(garbage);
  assert.equal(r.ok, false);
});

test('a few stray invalid bytes in UTF-8 text are replaced and flagged, not fatal', () => {
  const bytes = Uint8Array.from([...enc('Ström '), 0x81, ...enc(' river ' .repeat(20))]);
  const v = ok(decodeBytes(bytes));
  assert.ok(v.text.includes('\uFFFD'));
  assert.ok(v.flags.some((f) => f.code === 'invalid-utf8'));
});

test('mojibake is repaired during decoding and flagged', () => {
  const v = ok(decodeBytes(enc('The mayorâ€™s office said â€œno one was hurtâ€\u009d. CafÃ© closed.')));
  assert.equal(v.text, 'The mayor’s office said “no one was hurt”. Café closed.');
  const flag = v.flags.find((f) => f.code === 'mojibake-repaired');
  assert.ok(flag);
  assert.match(flag.message, /4/);
});

test('stray NUL characters are dropped and flagged', () => {
  const v = ok(decodeBytes(Buffer.from('Tide gauge\u0000 broke.')));
  assert.equal(v.text, 'Tide gauge broke.');
  assert.ok(v.flags.some((f) => f.code === 'control-chars-removed'));
});
