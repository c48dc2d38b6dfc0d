import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandBraces, glob, segmentRegex } from './glob.ts';

test('brace expansion, nested', () => {
  assert.deepEqual(expandBraces('a/{b,c}.txt'), ['a/b.txt', 'a/c.txt']);
  assert.deepEqual(expandBraces('{x,y{1,2}}z'), ['xz', 'y1z', 'y2z']);
  assert.deepEqual(expandBraces('{solo}'), ['{solo}']);
});

test('segment patterns', () => {
  assert.ok(segmentRegex('*.txt').test('a.txt'));
  assert.ok(!segmentRegex('*.txt').test('a.txt.bak'));
  assert.ok(segmentRegex('r?p[0-9].md').test('rep7.md'));
  assert.ok(!segmentRegex('r?p[!0-9].md').test('rep7.md'));
  assert.ok(segmentRegex('a+b(1).txt').test('a+b(1).txt'));
});

test('globs over a real tree: *, **, ?, [..], {a,b}, hidden names skipped', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ingest-glob-'));
  try {
    for (const f of ['a.txt', 'b.md', 'c.json', '.hidden.txt', 'sub/d.txt', 'sub/deep/e.txt', 'sub/deep/f.html', '.git/g.txt', 'x1.txt', 'x2.txt']) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      writeFileSync(join(root, f), 'x');
    }
    const rel = (xs: string[]) => xs.map((x) => x.slice(root.length + 1)).sort();
    assert.deepEqual(rel(await glob(`${root}/*.txt`)), ['a.txt', 'x1.txt', 'x2.txt']);
    assert.deepEqual(rel(await glob(`${root}/**/*.txt`)), ['a.txt', 'sub/d.txt', 'sub/deep/e.txt', 'x1.txt', 'x2.txt']);
    assert.deepEqual(rel(await glob(`${root}/x?.txt`)), ['x1.txt', 'x2.txt']);
    assert.deepEqual(rel(await glob(`${root}/x[2-9].txt`)), ['x2.txt']);
    assert.deepEqual(rel(await glob(`${root}/*.{md,json}`)), ['b.md', 'c.json']);
    assert.deepEqual(rel(await glob(`${root}/sub/**`)), ['sub/d.txt', 'sub/deep/e.txt', 'sub/deep/f.html']);
    assert.deepEqual(rel(await glob(`${root}/.*.txt`)), ['.hidden.txt']);
    assert.deepEqual(await glob(`${root}/nothing/*.txt`), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
