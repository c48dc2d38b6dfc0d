import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from './extract-article.ts';
import { domBlocks } from './dom-blocks.ts';
import { parseHTML } from 'linkedom';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/reading/html/landslide.html'), 'utf8');

test('the article body, paragraph by paragraph, without chrome, even when a form wraps the page', () => {
  const { text } = extractArticle(fixture, 'https://valley-ledger.example/landslide');
  const paragraphs = text.split('\n\n');
  assert.ok(paragraphs.includes('A landslide buried a half-mile stretch of County Road 12 near Pell Hollow early Wednesday after three days of heavy rain, the county highway department said.'));
  assert.ok(paragraphs.includes('No one was hurt, but about 40 homes beyond the slide can only be reached by a gravel detour, officials said.'));
  assert.ok(paragraphs.includes('Residents said they had reported cracks in the road surface since last spring.'));
  assert.ok(paragraphs.includes('Rainfall Monday 2.1 in'), 'a table row stays on one line');
  for (const junk of ['Advertisement', 'Facebook', 'Flood watch extended', 'Five things to do', 'All rights reserved', 'Photo by Jon Reyes', 'Home']) {
    assert.ok(!text.includes(junk), `"${junk}" is chrome`);
  }
});

test('hints from JSON-LD and OpenGraph', () => {
  const { hints } = extractArticle(fixture, 'https://valley-ledger.example/landslide');
  assert.equal(hints.title, 'Landslide buries road near Pell Hollow');
  assert.equal(hints.published, '2031-04-09T08:30:00-05:00');
  assert.equal(hints.author, 'Mira Holt');
  assert.equal(hints.site, 'Valley Ledger');
  assert.equal(hints.url, 'https://valley-ledger.example/landslide');
});

test('what extraction drops is recorded with reasons', () => {
  const { removed } = extractArticle(fixture);
  assert.ok(removed.length > 0);
  assert.ok(removed.every((r) => r.reason.length > 0 && r.text.length > 0));
  assert.ok(removed.some((r) => r.text.includes('Facebook')));
});

test('blocks keep paragraphs apart where textContent runs them together', () => {
  const { document } = parseHTML('<html><body><div><p>First one.</p><p>Second <a href="#">link</a> here.</p>Tail<br>After break</div></body></html>');
  const blocks = domBlocks(document.body as never);
  assert.deepEqual(blocks.map((b) => b.text), ['First one.', 'Second link here.', 'Tail', 'After break']);
  assert.equal(blocks[1].linkChars, 4);
});

test('a page Readability cannot read still gives its long paragraphs', () => {
  const html = `<html><body><div>${'<span>x</span>'.repeat(3)}<div>The river crested at nine metres on Sunday evening, the highest level since records began, and the town's two bridges were closed to traffic.</div></div></body></html>`;
  const { text } = extractArticle(html);
  assert.ok(text.includes('The river crested at nine metres'));
});
