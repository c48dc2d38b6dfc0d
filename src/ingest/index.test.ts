import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readInputs } from './index.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(REPO, '../shared');

function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'ingest-read-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), body);
  }
  return root;
}

const REPORT = '2025-03-02 #flood #velmora\n\nRiver bursts banks in Velmora\n\nVELMORA — The Sava Dren river burst its banks on Sunday, officials said.\n';

test('a folder is read recursively (a folder\'s files before its subfolders, by name), hidden and unknown files skipped quietly', async () => {
  const root = tree({
    'b.txt': REPORT,
    'a.md': '# Levee holds\n\nThe levee held overnight.',
    'sub/c.html': '<html><body><article><p>Rescue boats reached the farms.</p></article></body></html>',
    'sub/deeper/d.json': JSON.stringify([{ text: 'First record.' }, { text: 'Second record.' }]),
    'sub/e.jsonl': '{"text": "Line record."}\n',
    'feed.rss': '<rss><channel><title>W</title><item><title>t</title><description>Feed item text.</description></item></channel></rss>',
    '.hidden.txt': 'secret',
    '.git/config.txt': 'nope',
    'photo.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    'notes.csv': 'a,b',
    'config.json': JSON.stringify({ settings: { deep: true } }),
  });
  try {
    const r = await readInputs([root]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.documents.map((d) => d.id), ['a.md', 'b.txt', 'feed.rss#1', 'c.html', 'e.jsonl#1', 'd.json#1', 'd.json#2']);
    assert.deepEqual(r.documents.map((d) => d.format), ['markdown', 'text', 'text', 'html', 'text', 'text', 'text']);
    const txt = r.documents.find((d) => d.id === 'b.txt')!;
    assert.equal(txt.text, REPORT);
    assert.equal(txt.source, join(root, 'b.txt'));
    assert.deepEqual(r.skipped?.map((s) => s.input), [join(root, 'config.json')]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('every bad input is one error naming it and the reason; the rest is read', async () => {
  const invalid = new Uint8Array(300);
  for (let i = 0; i < invalid.length; i++) invalid[i] = 0x80 + ((i * 53) % 0x7f);
  const root = tree({
    'good.txt': REPORT,
    'empty.txt': '',
    'blank.txt': ' \n\t\n',
    'binary.txt': Uint8Array.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x01, 0x02, 0x03, 0x41, 0x41]),
    'garbage.txt': invalid,
    'big.txt': 'x'.repeat(2048),
    'broken.html': '<html><body><script>unclosed(',
    'lines.jsonl': '{"text": "ok one"}\n{"text": broken}\n{"text": "ok three"}\n',
    'bad.json': '{"text": ',
    'shape.json': JSON.stringify({ data: [{ text: 'x' }] }),
    'doc.pdf': '%PDF-1.4',
    'README': 'Text without an extension, named explicitly.',
  });
  const p = (n: string) => join(root, n);
  try {
    const inputs = [
      p('good.txt'), p('empty.txt'), p('blank.txt'), p('binary.txt'), p('garbage.txt'), p('big.txt'),
      p('broken.html'), p('lines.jsonl'), p('bad.json'), p('shape.json'), p('doc.pdf'), p('missing.txt'),
      join(root, 'nomatch-*.txt'), 'ftp://example.org/x', p('README'),
    ];
    const r = await readInputs(inputs, { maxBytes: 1024 });
    assert.deepEqual(r.documents.map((d) => d.id), ['good.txt', 'lines.jsonl#1', 'lines.jsonl#3', 'README']);
    const codes = r.errors.map((e) => [e.input.startsWith(root) ? e.input.slice(root.length + 1) : e.input, e.code]);
    assert.deepEqual(codes, [
      ['empty.txt', 'empty'],
      ['blank.txt', 'empty'],
      ['binary.txt', 'binary'],
      ['garbage.txt', 'bad-encoding'],
      ['big.txt', 'too-large'],
      ['broken.html', 'no-text'],
      ['lines.jsonl:2', 'bad-json'],
      ['bad.json', 'bad-json'],
      ['shape.json', 'bad-shape'],
      ['doc.pdf', 'unsupported'],
      ['missing.txt', 'not-found'],
      ['nomatch-*.txt', 'not-found'],
      ['ftp://example.org/x', 'unsupported'],
    ]);
    for (const e of r.errors) {
      assert.equal(e.message.includes('\n'), false, e.message);
      assert.ok(e.message.length > 5);
    }
    assert.match(r.errors.find((e) => e.code === 'too-large')!.message, /1024/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('nothing readable at all is reported, not silently empty', async () => {
  const root = tree({ 'only.json': JSON.stringify({ settings: 1 }) });
  try {
    const r = await readInputs([root]);
    assert.equal(r.documents.length, 0);
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0].code, 'no-text');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('stdin is read with its format sniffed', async () => {
  const json = await readInputs(['-'], { stdin: Readable.from([Buffer.from('[{"text": "From a pipe."}, {"text": "Second."}]')]) });
  assert.deepEqual(json.documents.map((d) => [d.id, d.text]), [['stdin#1', 'From a pipe.'], ['stdin#2', 'Second.']]);
  const html = await readInputs(['-'], { stdin: Readable.from(['<p>Piped ', 'paragraph.</p>']) });
  assert.equal(html.documents[0].format, 'html');
  assert.equal(html.documents[0].text, 'Piped paragraph.');
  const big = await readInputs(['-'], { maxBytes: 10, stdin: Readable.from(['0123456789', 'abc']) });
  assert.equal(big.errors[0].code, 'too-large');
  assert.equal(big.errors[0].input, '-');
});

test('the same id from two inputs is made unique with the path; the same file twice is read once', async () => {
  const root = tree({ 'one/report.txt': 'First report.', 'two/report.txt': 'Second report.', 'two/other.txt': 'Other.' });
  try {
    const r = await readInputs([join(root, 'one'), join(root, 'two'), join(root, 'two/other.txt')]);
    assert.deepEqual(r.documents.map((d) => d.id), [join(root, 'one/report.txt'), 'other.txt', join(root, 'two/report.txt')]);
    assert.equal(new Set(r.documents.map((d) => d.id)).size, r.documents.length);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('globs and a symlink loop; progress is reported for every input', async () => {
  const root = tree({ 'x/a.txt': 'A text.', 'x/b.md': 'B text.', 'x/c.html': '<p>C text.</p>' });
  symlinkSync(root, join(root, 'x', 'loop'));
  try {
    const seen: Array<[number, number]> = [];
    const r = await readInputs([join(root, 'x/*.{txt,md}'), join(root, 'x')], {}, (done, total) => seen.push([done, total]));
    assert.deepEqual(r.documents.map((d) => d.id), ['a.txt', 'b.md', 'c.html']);
    assert.deepEqual(r.errors, []);
    assert.equal(seen.length, 3);
    assert.deepEqual(seen[seen.length - 1], [3, 3]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('mixed encodings in one run each get read and flagged', async () => {
  const cp1252 = Uint8Array.from([...Buffer.from('Caf', 'latin1'), 0xe9, 0x20, 0x93, ...Buffer.from('ouvert', 'latin1'), 0x94]);
  const root = tree({
    'a.txt': cp1252,
    'b.txt': Buffer.from('\uFEFFUTF-16 text here.', 'utf16le'),
    'c.txt': 'Plain UTF-8 — fine.',
    'd.txt': 'The councilâ€™s vote',
  });
  try {
    const r = await readInputs([root]);
    const text = Object.fromEntries(r.documents.map((d) => [d.id, d.text]));
    assert.equal(text['a.txt'], 'Café “ouvert”');
    assert.equal(text['b.txt'], 'UTF-16 text here.');
    assert.equal(text['c.txt'], 'Plain UTF-8 — fine.');
    assert.equal(text['d.txt'], 'The council’s vote');
    const flags = Object.fromEntries(r.documents.map((d) => [d.id, d.flags.map((f) => f.code)]));
    assert.deepEqual(flags, { 'a.txt': ['encoding-converted'], 'b.txt': ['encoding-converted'], 'c.txt': [], 'd.txt': ['mojibake-repaired'] });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('deep folders and many files are walked without trouble', async () => {
  const files: Record<string, string> = {};
  let dir = '';
  for (let depth = 0; depth < 60; depth++) {
    dir = join(dir, `d${depth}`);
    files[join(dir, `f${depth}.txt`)] = `Report at depth ${depth}.`;
  }
  for (let i = 0; i < 300; i++) files[join('flat', `n${String(i).padStart(3, '0')}.txt`)] = `Flat report ${i}.`;
  const root = tree(files);
  try {
    const r = await readInputs([root]);
    assert.equal(r.documents.length, 360);
    assert.deepEqual(r.errors, []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the seed reports read as five documents named after their files', async (t) => {
  const seeds = join(SHARED, 'seeds');
  if (!existsSync(seeds)) return t.skip('../shared/seeds is not present');
  const r = await readInputs([seeds]);
  const names = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  assert.equal(names.length, 5);
  assert.deepEqual(r.documents.map((d) => d.id), names);
  assert.deepEqual(r.errors, []);
  for (const d of r.documents) {
    assert.equal(d.format, 'text');
    assert.ok(d.text.length > 500);
  }
});

test('the size cap is exact: a file of maxBytes is read, one byte more is refused before reading', async () => {
  const line = 'The ferry schedule was suspended along the whole coast.\n';
  const body = line.repeat(Math.ceil((4 * 1024 * 1024) / line.length));
  const root = tree({ 'big.txt': body, 'over.txt': `${body}x` });
  try {
    const size = Buffer.byteLength(body);
    const r = await readInputs([join(root, 'big.txt'), join(root, 'over.txt')], { maxBytes: size });
    assert.equal(r.documents.length, 1);
    assert.equal(r.documents[0].text, body);
    assert.deepEqual(r.errors.map((e) => e.code), ['too-large']);
    assert.match(r.errors[0].message, new RegExp(`${size + 1} bytes, over the ${size}-byte limit`));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
