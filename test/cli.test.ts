// The command end to end: what a user runs, on real files the tests write, the bundled example
// and (when ../shared is beside the repository) the seed reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../src/cli/main.ts';
import { validateDossier } from '../src/report/validate-dossier.ts';
import type { Dossier } from '../src/report/dossier-types.ts';

const root = resolve(import.meta.dirname, '..');
const seeds = resolve(root, '../shared/seeds');
const example = join(root, 'examples/harbor-bridge-collapse');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[]): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(args, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: new PassThrough(),
  });
  return { code, stdout: out, stderr: err };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'triangulate-cli-'));
}

const STORY = `Dam spillway fails after week of rain

RIVERTON — A spillway at the Grey Fork dam gave way on Monday, flooding two villages downstream, regional officials said on Tuesday.

At least four people were killed and 23 were injured, the regional emergency office said.
`;

test('the bin runs through npx-style invocation and prints the dossier as JSON when piped', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'dam.txt'), STORY);
  const r = spawnSync(process.execPath, [join(root, 'bin/triangulate.js'), 'analyze', join(dir, 'dam.txt')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const dossier = JSON.parse(r.stdout) as Dossier;
  assert.deepEqual(validateDossier(dossier), []);
  assert.deepEqual(dossier.documents.map((d) => d.id), ['dam.txt']);
});

test('bad inputs each get one line naming the input, the rest is analyzed, exit code 1', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), STORY);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bad.jsonl'), '{"title":"ok","text":"A fine line of text about a dam."}\n{not json\n');
  const missing = join(dir, 'nope.txt');
  const out = join(dir, 'out.json');
  const r = await run(['analyze', join(dir, 'good.txt'), join(dir, 'empty.txt'), join(dir, 'bad.jsonl'), missing, '--out', out, '--quiet']);
  assert.equal(r.code, 1);
  const lines = r.stderr.trim().split('\n');
  assert.ok(lines.some((l) => l.includes('empty.txt')), r.stderr);
  assert.ok(lines.some((l) => l.includes('bad.jsonl:2')), r.stderr);
  assert.ok(lines.some((l) => l.includes('nope.txt')), r.stderr);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace for a user mistake');
  const dossier = JSON.parse(readFileSync(out, 'utf8')) as Dossier;
  assert.deepEqual(validateDossier(dossier), []);
  assert.deepEqual(dossier.documents.map((d) => d.id).sort(), ['bad.jsonl#1', 'good.txt']);
  assert.equal(dossier.inputErrors?.length, 3);
});

test('nothing readable at all still writes a valid dossier and exits 1', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
  const out = join(dir, 'out.json');
  const r = await run(['analyze', join(dir, 'blob.bin'), '--out', out]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /blob\.bin/);
  assert.match(r.stderr, /no readable document/);
  const dossier = JSON.parse(readFileSync(out, 'utf8')) as Dossier;
  assert.deepEqual(validateDossier(dossier), []);
  assert.equal(dossier.documents.length, 0);
});

test('usage errors exit 2 with a hint and no stack', async () => {
  for (const args of [['analyze'], ['frobnicate'], ['analyze', 'x.txt', '--format', 'pdf'], ['analyze', 'x.txt', '--max-size', 'lots']]) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /triangulate --help/);
    assert.ok(!r.stderr.includes('    at '));
  }
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--allow-private/);
});

test('the bundled example produces JSON, Markdown, HTML and CSV', { skip: !existsSync(example) && 'no bundled example' }, async () => {
  const dir = tempDir();
  const json = join(dir, 'x.json');
  const html = join(dir, 'x.html');
  const csv = join(dir, 'events.csv');
  const r = await run(['analyze', example, '--out', json, '--html', html, '--csv', csv, '--quiet']);
  assert.equal(r.code, 0, r.stderr);
  const dossier = JSON.parse(readFileSync(json, 'utf8')) as Dossier;
  assert.deepEqual(validateDossier(dossier), []);
  assert.ok(dossier.documents.length >= 6);
  assert.match(readFileSync(html, 'utf8'), /^<!DOCTYPE html>/i);
  assert.match(readFileSync(csv, 'utf8'), /^event_id,/);
  assert.match(readFileSync(join(dir, 'events.claims.csv'), 'utf8'), /^claim_id,/);
  const md = await run(['analyze', example, '--format', 'md', '--quiet']);
  assert.equal(md.code, 0);
  assert.match(md.stdout, /^# /m);
});

test('the seeds give five documents named by their files, valid against the schema', { skip: !existsSync(seeds) && 'no ../shared/seeds' }, async () => {
  const r = await run(['analyze', seeds, '--format', 'json', '--quiet']);
  assert.equal(r.code, 0, r.stderr);
  const dossier = JSON.parse(r.stdout) as Dossier;
  assert.deepEqual(validateDossier(dossier), []);
  assert.deepEqual(
    dossier.documents.map((d) => d.id).sort(),
    ['000_ba65b0c132abde24.txt', '001_af08a837e2d8f2b7.txt', '002_bdcf6b694afe8222.txt', '003_06ec665f3f2d9c0e.txt', '004_3a1a8b99acf2a28a.txt'],
  );
  for (const doc of dossier.documents) assert.ok(doc.text.length > 1000, `${doc.id} kept its text`);
});
