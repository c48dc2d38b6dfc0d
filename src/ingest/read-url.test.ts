import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { readInputs } from './index.ts';
import { fetchUrl } from './fetch-url.ts';

/** A loopback server with one route per case; tests reach it with allowPrivate. */
let server: http.Server;
let base = '';
// Distinct paragraphs: the extractor drops repeated blocks as duplicates.
const paragraphs = [1, 2, 3, 4, 5, 6]
  .map((n) => `<p>Update ${n}: the old ferry terminal at Kessin Quay partly collapsed into the harbour on Friday morning, port officials said, and ${n} cranes were moved.</p>`)
  .join('');
const article = `<!DOCTYPE html><html><head><title>Terminal collapses</title></head><body><nav>Menu</nav><article><h1>Terminal collapses</h1>${paragraphs}</article></body></html>`;
const PRIVATE = { allowPrivate: true, timeoutMs: 2000 };

before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(article);
    } else if (path === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' });
      res.end(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
    } else if (path.startsWith('/r/')) {
      const n = Number(path.slice(3));
      res.writeHead(302, { location: n > 0 ? `/r/${n - 1}` : '/article' });
      res.end();
    } else if (path.startsWith('/slow-r/')) {
      // Each hop answers well inside a timeout, the chain does not.
      const n = Number(path.slice(8));
      setTimeout(() => {
        res.writeHead(302, { location: n > 0 ? `/slow-r/${n - 1}` : '/article' });
        res.end();
      }, 150);
    } else if (path === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/hostname' });
      res.end();
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start'); // and never finish
    } else if (path === '/hang') {
      // no response at all
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10_000_000) });
      res.end('x');
    } else if (path === '/big-stream') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'y'.repeat(1024);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', pump);
        else res.end();
      };
      pump();
    } else if (path === '/bomb') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(5_000_000, 0x61)));
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.from(article)));
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (path === '/json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify([{ title: 'One', text: 'First JSON report.' }, { text: 'Second JSON report.' }]));
    } else if (path === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>
        <item><title>Terminal collapses</title><link>${base}/article</link><description>The terminal partly collapsed…</description><pubDate>Fri, 07 Mar 2025 09:00:00 GMT</pubDate></item>
        <item><title>Gone</title><link>/missing</link><description>Teaser only.</description></item>
      </channel></rss>`);
    } else if (path === '/untyped-feed.xml') {
      res.writeHead(200, {});
      res.end('<rss><channel><title>T</title><item><title>a</title><description>Untyped feed item.</description></item></channel></rss>');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('an HTML URL is read as a document whose id is the URL', async () => {
  const r = await readInputs([`${base}/article`], PRIVATE);
  assert.deepEqual(r.errors, []);
  const d = r.documents[0];
  assert.equal(d.id, `${base}/article`);
  assert.equal(d.source, `${base}/article`);
  assert.equal(d.format, 'html');
  assert.match(d.text, /Kessin Quay partly collapsed/);
  assert.equal(d.hints.url, `${base}/article`);
});

test('a loopback URL is refused without allowPrivate, by IP and by name', async () => {
  const r = await readInputs([`${base}/article`, base.replace('127.0.0.1', 'localhost') + '/article']);
  assert.equal(r.documents.length, 0);
  assert.deepEqual(r.errors.map((e) => e.code), ['refused', 'refused']);
  assert.match(r.errors[0].message, /private or loopback/);
});

test('redirects are followed up to the cap and the final URL is kept', async () => {
  const ok = await fetchUrl(`${base}/r/3`, { ...PRIVATE, maxBytes: 1e6, maxRedirects: 5 });
  assert.ok(ok.ok);
  assert.equal(ok.value.finalUrl, `${base}/article`);
  const tooMany = await readInputs([`${base}/r/9`], { ...PRIVATE, maxRedirects: 5 });
  assert.equal(tooMany.errors[0].code, 'fetch-failed');
  assert.match(tooMany.errors[0].message, /too many redirects \(more than 5\)/);
  const scheme = await readInputs([`${base}/to-file`], PRIVATE);
  assert.equal(scheme.errors[0].code, 'unsupported');
});

test('timeouts cover a server that never answers and one that stalls mid-body', async () => {
  for (const path of ['/hang', '/slow']) {
    const r = await readInputs([`${base}${path}`], { ...PRIVATE, timeoutMs: 300 });
    assert.equal(r.errors[0].code, 'fetch-failed', path);
    assert.match(r.errors[0].message, /timed out after 300 ms/);
  }
});

test('the timeout covers the whole redirect chain, not each hop', async () => {
  const chain = await readInputs([`${base}/slow-r/4`], { ...PRIVATE, timeoutMs: 400 });
  assert.equal(chain.errors[0]?.code, 'fetch-failed');
  assert.match(chain.errors[0]!.message, /timed out after 400 ms/);
  const short = await readInputs([`${base}/slow-r/0`], { ...PRIVATE, timeoutMs: 2000 });
  assert.equal(short.errors.length, 0, 'one slow hop inside the timeout is read');
  assert.equal(short.documents.length, 1);
});

test('the size cap holds for declared, streamed and decompressed bodies', async () => {
  for (const path of ['/big-declared', '/big-stream', '/bomb']) {
    const r = await readInputs([`${base}${path}`], { ...PRIVATE, maxBytes: 50_000 });
    assert.equal(r.errors[0]?.code, 'too-large', path);
  }
  const gz = await readInputs([`${base}/gzip`], PRIVATE);
  assert.match(gz.documents[0].text, /Kessin Quay/);
});

test('content types: images refused, JSON and charset-declared text read', async () => {
  const img = await readInputs([`${base}/image`], PRIVATE);
  assert.equal(img.errors[0].code, 'unsupported');
  assert.match(img.errors[0].message, /image\/png/);
  const json = await readInputs([`${base}/json`], PRIVATE);
  assert.deepEqual(json.documents.map((d) => d.id), [`${base}/json#1`, `${base}/json#2`]);
  const latin = await readInputs([`${base}/latin1`], PRIVATE);
  assert.equal(latin.documents[0].text, 'Café “ok”');
  const notFound = await readInputs([`${base}/nothing`], PRIVATE);
  assert.equal(notFound.errors[0].code, 'fetch-failed');
  assert.match(notFound.errors[0].message, /HTTP 404/);
});

test('feed URLs: items as documents, teasers fetched only when asked', async () => {
  const plain = await readInputs([`${base}/feed`], PRIVATE);
  assert.deepEqual(plain.documents.map((d) => d.id), [`${base}/feed#1`, `${base}/feed#2`]);
  assert.equal(plain.documents[0].hints.site, 'Harbour Wire');
  assert.equal(plain.documents[1].hints.url, `${base}/missing`);
  assert.ok(plain.documents.every((d) => d.flags.some((f) => f.code === 'teaser-only')));
  const fetched = await readInputs([`${base}/feed`], { ...PRIVATE, fetchTeasers: true });
  const [a, b] = fetched.documents;
  assert.match(a.text, /Kessin Quay partly collapsed/);
  assert.ok(a.flags.some((f) => f.code === 'teaser-expanded'));
  assert.equal(a.hints.published, 'Fri, 07 Mar 2025 09:00:00 GMT');
  assert.equal(b.text, 'Teaser only.');
  assert.ok(b.flags.some((f) => f.code === 'teaser-only' && /404/.test(f.message)));
  const untyped = await readInputs([`${base}/untyped-feed.xml`], PRIVATE);
  assert.equal(untyped.documents[0].text, 'Untyped feed item.');
});

test('unreachable URLs fail with one line: refused connection, DNS failure', async () => {
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const r = await readInputs([`http://127.0.0.1:${port}/x`, 'http://no-such-host.invalid/x'], PRIVATE);
  assert.deepEqual(r.errors.map((e) => e.code), ['fetch-failed', 'fetch-failed']);
  assert.match(r.errors[0].message, /connection refused/);
  assert.match(r.errors[1].message, /DNS lookup failed/);
  for (const e of r.errors) assert.equal(e.message.includes('\n'), false);
});
