import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absolutizeLinks, baseUrlOf, headHints, readHtml } from './read-html.ts';
import type { InputOrigin } from './options.ts';

const origin: InputOrigin = { input: 'page.html', name: 'page.html', source: 'page.html', longName: 'page.html' };
const para = (n: number) =>
  `<p>Paragraph ${n}: engineers inspected the collapsed span of the Orlavik bridge on Tuesday and said the steel cables had corroded for years before anyone looked.</p>`;

test('a full page yields the article text and head hints', () => {
  const html = `<!DOCTYPE html><html lang="de-AT"><head><title>Bridge falls</title>
    <meta property="article:published_time" content="2025-02-03T08:00:00Z">
    <link rel="canonical" href="/news/bridge">
    </head><body><nav><a href="/">Home</a></nav><article><h1>Bridge falls</h1>${[1, 2, 3, 4, 5].map(para).join('')}</article></body></html>`;
  const out = readHtml(html, { ...origin, baseUrl: 'https://news.example.org/x/y' });
  assert.equal(out.errors.length, 0);
  const doc = out.documents[0];
  assert.equal(doc.format, 'html');
  assert.equal(doc.raw, html);
  assert.match(doc.text, /Paragraph 1: engineers/);
  assert.match(doc.text, /Paragraph 5/);
  assert.equal(doc.hints.published, '2025-02-03T08:00:00Z');
  assert.equal(doc.hints.language, 'de');
  assert.equal(doc.hints.url, 'https://news.example.org/news/bridge');
});

test('a fragment is wrapped and keeps its paragraphs apart', () => {
  const out = readHtml('<p>First short line.</p><p>Second short line.</p>', origin);
  assert.equal(out.documents[0].text, 'First short line.\n\nSecond short line.');
});

test('relative links become absolute against <base href> or the page URL', () => {
  const html = '<a href="/a">x</a> <img src="img/p.png"> <a href="#top">t</a> <a href="mailto:x@example.org">m</a>';
  const abs = absolutizeLinks(html, 'https://site.example/dir/page');
  assert.match(abs, /href="https:\/\/site\.example\/a"/);
  assert.match(abs, /src="https:\/\/site\.example\/dir\/img\/p\.png"/);
  assert.match(abs, /href="#top"/);
  assert.match(abs, /href="mailto:x@example\.org"/);
  assert.equal(baseUrlOf('<head><base href="/other/"></head>', 'https://site.example/dir/page'), 'https://site.example/other/');
});

test('head hints read meta tags without inventing values', () => {
  const h = headHints('<html><head><meta name="author" content="Mara Quell"><meta property="og:site_name" content="Valley Post"></head></html>', undefined);
  assert.deepEqual(h, { author: 'Mara Quell', site: 'Valley Post' });
});

test('malformed HTML does not throw; unreadable HTML is no-text', () => {
  const broken = '<html><body><div><p>Rescuers reached the <b>trapped miners <i>after nine hours</div></p><<<>>></table>';
  const ok = readHtml(broken, origin);
  assert.equal(ok.errors.length, 0);
  assert.match(ok.documents[0].text, /trapped miners after nine hours/);
  const scriptOnly = readHtml('<html><head><title></title></head><body><script>var a = "never closed', origin);
  assert.equal(scriptOnly.documents.length, 0);
  assert.equal(scriptOnly.errors[0].code, 'no-text');
  assert.equal(scriptOnly.errors[0].input, 'page.html');
});

test('HTML nested beyond the depth limit is read by stripping tags, and flagged', () => {
  const deep = `<html><body>${'<div>'.repeat(3000)}<p>Water reached the <b>second</b> floor.</p><p>Two&nbsp;rescued.</p>${'</div>'.repeat(3000)}</body></html>`;
  const out = readHtml(deep, origin);
  assert.equal(out.errors.length, 0);
  assert.equal(out.documents[0].text, 'Water reached the second floor.\n\nTwo rescued.');
  assert.ok(out.documents[0].flags.some((f) => f.code === 'html-too-deep'));
  const shallow = readHtml(`<html><body>${'<div>'.repeat(20)}<p>Fine.</p>${'</div>'.repeat(20)}</body></html>`, origin);
  assert.equal(shallow.documents[0].flags.some((f) => f.code === 'html-too-deep'), false);
});
