import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binaryKind, formatFromExtension, resolveFormat, rootElement } from './detect-format.ts';

test('extensions promise formats; unknown extensions promise nothing', () => {
  assert.equal(formatFromExtension('a/b/report.TXT'), 'text');
  assert.equal(formatFromExtension('x.markdown'), 'markdown');
  assert.equal(formatFromExtension('x.htm'), 'html');
  assert.equal(formatFromExtension('x.ndjson'), 'jsonl');
  assert.equal(formatFromExtension('x.rss'), 'feed');
  assert.equal(formatFromExtension('x.csv'), null);
});

test('binary content is recognized by magic numbers, NUL bytes and control characters', () => {
  assert.equal(binaryKind(Buffer.from('%PDF-1.7\n...')), 'PDF');
  assert.match(binaryKind(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))!, /PNG/);
  assert.match(binaryKind(Buffer.from('abc\u0000\u0000def\u0000gh\u0000'))!, /NUL|control/);
  // One stray NUL in a long text is not a binary file.
  assert.equal(binaryKind(Buffer.from(`${'Plain prose. '.repeat(100)}\u0000${'More prose. '.repeat(100)}`)), null);
  const controls = Buffer.alloc(200, 0x01);
  assert.match(binaryKind(controls)!, /control/);
  assert.equal(binaryKind(Buffer.from('Plain words.\n\tIndented.\r\n')), null);
  assert.equal(binaryKind(Buffer.from('\uFEFFUTF-16 text', 'utf16le')), null);
});

test('content sniffing corrects or completes the extension', () => {
  assert.equal(resolveFormat('text', '  <!DOCTYPE html><html><body>x</body></html>'), 'html');
  assert.equal(resolveFormat('text', '<p>A paragraph</p>'), 'html');
  assert.equal(resolveFormat('text', 'A < B and C > D, said the engineer.'), 'text');
  assert.equal(resolveFormat('feed', '<?xml version="1.0"?><!-- c --><rss version="2.0"></rss>'), 'feed');
  assert.equal(resolveFormat('feed', '<html><body>not a feed</body></html>'), 'html');
  assert.equal(resolveFormat('json', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'feed');
  assert.equal(resolveFormat(null, '{"text": "x"}'), 'json');
  assert.equal(resolveFormat(null, '[{"text": "x"}]'), 'json');
  assert.equal(resolveFormat(null, '<rdf:RDF xmlns:rdf="x"></rdf:RDF>'), 'feed');
  assert.equal(resolveFormat(null, '# Heading\n\nBody with a [link](http://example.org).'), 'markdown');
  assert.equal(resolveFormat(null, '2025-03-02 #flood\n\nThe river rose.'), 'text');
  assert.equal(resolveFormat('markdown', '# Title\n<div>inline html</div>'), 'markdown');
});

test('the root element skips the prolog, comments and doctype', () => {
  assert.equal(rootElement('<?xml version="1.0"?>\n<!-- generator -->\n<!DOCTYPE x>\n<Feed>'), 'feed');
  assert.equal(rootElement('plain'), null);
});
