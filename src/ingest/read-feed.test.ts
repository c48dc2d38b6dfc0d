import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFeed } from './read-feed.ts';
import type { InputOrigin } from './options.ts';

const origin: InputOrigin = { input: 'feeds/valley.xml', name: 'valley.xml', source: 'feeds/valley.xml', longName: 'feeds/valley.xml' };
const long = 'Residents of the lower valley were told to leave their homes as the reservoir rose past its marked limit. '.repeat(6);

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Valley Post &amp; Wire</title><link>https://valley.example/</link>
<item>
  <title><![CDATA[Reservoir <em>breach</em> feared]]></title>
  <link>https://valley.example/a/1</link>
  <description>Short &amp;hellip; teaser</description>
  <content:encoded><![CDATA[<p>${long}</p><p>Second paragraph.</p>]]></content:encoded>
  <dc:creator>Ilsa Varnek</dc:creator>
  <pubDate>Tue, 04 Mar 2025 06:30:00 +0100</pubDate>
</item>
<item>
  <title>Crews sandbag levee &#8211; night shift</title>
  <link>/a/2</link>
  <description>&lt;p&gt;Volunteers worked through the night&amp;rsquo;s rain.&lt;/p&gt;</description>
  <pubDate>sometime last week</pubDate>
</item>
<item><title></title><description></description></item>
</channel></rss>`;

test('RSS items become name#n documents with hints, CDATA and entities decoded', async () => {
  const out = await readFeed(rss, { ...origin, baseUrl: 'https://valley.example/feed' });
  assert.deepEqual(out.documents.map((d) => d.id), ['valley.xml#1', 'valley.xml#2']);
  const [a, b] = out.documents;
  assert.equal(a.hints.title, 'Reservoir breach feared');
  assert.equal(a.hints.site, 'Valley Post & Wire');
  assert.equal(a.hints.author, 'Ilsa Varnek');
  assert.equal(a.hints.published, 'Tue, 04 Mar 2025 06:30:00 +0100');
  assert.equal(a.format, 'html');
  assert.ok(a.text.startsWith('Residents of the lower valley'));
  assert.ok(a.text.endsWith('\n\nSecond paragraph.'));
  assert.equal(a.flags.some((f) => f.code === 'teaser-only'), false);
  assert.equal(b.text, 'Volunteers worked through the night’s rain.');
  assert.equal(b.hints.title, 'Crews sandbag levee – night shift');
  assert.equal(b.hints.url, 'https://valley.example/a/2');
  // An odd date is passed on as written: the metadata stage decides what it means.
  assert.equal(b.hints.published, 'sometime last week');
  assert.ok(b.flags.some((f) => f.code === 'teaser-only'));
  assert.deepEqual(out.errors.map((e) => [e.input, e.code]), [['feeds/valley.xml#3', 'no-text']]);
});

test('Atom entries: link rel=alternate, xhtml and html content, summary, author name', async () => {
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Harbour Desk</title>
    <entry><title>Tug sinks</title><link rel="self" href="https://h.example/self/1"/><link rel="alternate" href="https://h.example/1"/>
      <id>urn:uuid:1</id><updated>2025-05-05T10:00:00Z</updated><author><name>Peri Lund</name></author>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The tug went down.</p><p>Crew safe.</p></div></content></entry>
    <entry><title>Second</title><link href="https://h.example/2"/><published>2025-05-06</published>
      <summary type="html">&lt;p&gt;Harbour reopened&lt;/p&gt;</summary></entry>
  </feed>`;
  const out = await readFeed(atom, origin);
  assert.deepEqual(out.errors, []);
  const [a, b] = out.documents;
  assert.equal(a.hints.url, 'https://h.example/1');
  assert.equal(a.hints.published, '2025-05-05T10:00:00Z');
  assert.equal(a.hints.author, 'Peri Lund');
  assert.equal(a.hints.site, 'Harbour Desk');
  assert.equal(a.text, 'The tug went down.\n\nCrew safe.');
  assert.equal(b.text, 'Harbour reopened');
  assert.equal(b.hints.published, '2025-05-06');
});

test('RSS 1.0 (RDF) items are read', async () => {
  const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Old Wire</title></channel>
    <item><title>Mill fire</title><link>https://o.example/1</link><description>The mill burned.</description><dc:date>2025-01-02</dc:date></item></rdf:RDF>`;
  const out = await readFeed(rdf, origin);
  assert.equal(out.documents[0].text, 'The mill burned.');
  assert.equal(out.documents[0].hints.published, '2025-01-02');
  assert.equal(out.documents[0].hints.site, 'Old Wire');
});

test('not a feed, or a feed without items, is an error', async () => {
  const notFeed = await readFeed('<?xml version="1.0"?><catalog><book/></catalog>', origin);
  assert.equal(notFeed.errors[0].code, 'bad-feed');
  assert.match(notFeed.errors[0].message, /<catalog>/);
  const empty = await readFeed('<rss><channel><title>x</title></channel></rss>', origin);
  assert.equal(empty.errors[0].code, 'no-text');
});

test('teasers are expanded through the page fetcher when asked, flagged when not', async () => {
  const feed = `<rss><channel><title>Desk</title>
    <item><title>Pylon down</title><link>https://p.example/1</link><description>A pylon fell on the road [...]</description></item>
    <item><title>Gone</title><link>https://p.example/missing</link><description>Short.</description></item>
  </channel></rss>`;
  const page = `<html><head><title>Pylon down</title></head><body><article>${[1, 2, 3, 4, 5, 6].map((n) => `<p>Report ${n}: the pylon fell across the coastal road after gusts above gale force, cutting power to ${n + 2} hamlets for most of the day.</p>`).join('')}</article></body></html>`;
  const fetched: string[] = [];
  const out = await readFeed(feed, origin, [], {
    fetchTeasers: true,
    fetchPage: async (url) => {
      fetched.push(url);
      return url.endsWith('/1') ? { html: page, finalUrl: url } : { error: 'HTTP 404 Not Found' };
    },
  });
  assert.deepEqual(fetched.sort(), ['https://p.example/1', 'https://p.example/missing']);
  const [a, b] = out.documents;
  assert.equal(a.id, 'valley.xml#1');
  assert.ok(a.text.length > 400);
  assert.ok(a.flags.some((f) => f.code === 'teaser-expanded'));
  assert.equal(a.hints.title, 'Pylon down');
  assert.equal(b.text, 'Short.');
  assert.ok(b.flags.some((f) => f.code === 'teaser-only' && /404/.test(f.message)));
  const noFetch = await readFeed(feed, origin);
  assert.ok(noFetch.documents.every((d) => d.flags.some((f) => f.code === 'teaser-only')));
});

test("the feed title's tagline stays out of the site hint", async () => {
  const rss2 = `<rss version="2.0"><channel><title>Skelby Coast Courier – Local news</title>
    <item><title>Ferry aground</title><link>https://s.example/1</link><description>The ferry ran aground.</description></item></channel></rss>`;
  const out = await readFeed(rss2, origin);
  assert.equal(out.documents[0].hints.site, 'Skelby Coast Courier');
});
