import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchUrl, guardedLookup } from './fetch-url.ts';

const LIMITS = { maxBytes: 1e6, timeoutMs: 2000, maxRedirects: 5 };

test('the connection-time lookup refuses private addresses, so a name cannot rebind past the check', async () => {
  const lookup = guardedLookup(false);
  const err = await new Promise<NodeJS.ErrnoException | null>((resolve) => lookup('localhost', {}, (e) => resolve(e)));
  assert.equal(err?.code, 'EPRIVATE');
  const allowed = guardedLookup(true);
  const addr = await new Promise<string>((resolve, reject) => allowed('localhost', {}, (e, a) => (e ? reject(e) : resolve(a as string))));
  assert.ok(addr === '127.0.0.1' || addr === '::1', addr);
  const all = await new Promise<unknown>((resolve, reject) => allowed('localhost', { all: true }, (e, a) => (e ? reject(e) : resolve(a))));
  assert.ok(Array.isArray(all) && all.length >= 1);
});

test('a host name is fetched through the guarded lookup when private addresses are allowed', async () => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('named host ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  try {
    const r = await fetchUrl(`http://localhost:${port}/`, { ...LIMITS, allowPrivate: true });
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.equal(Buffer.from(r.value.bytes).toString(), 'named host ok');
    assert.equal(r.value.format, 'text');
    assert.equal(r.value.charset, 'utf-8');
    const refused = await fetchUrl(`http://[::1]:${port}/`, { ...LIMITS, allowPrivate: false });
    assert.equal(refused.ok, false);
    assert.equal(!refused.ok && refused.code, 'refused');
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('only http and https are fetched', async () => {
  for (const url of ['file:///etc/hostname', 'ftp://example.org/x', 'javascript:alert(1)']) {
    const r = await fetchUrl(url, { ...LIMITS, allowPrivate: false });
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.code, 'unsupported', url);
  }
  const bad = await fetchUrl('http://exa mple/', { ...LIMITS, allowPrivate: false });
  assert.equal(bad.ok, false);
});
