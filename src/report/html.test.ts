import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { renderHtml } from './html.ts';
import type { Dossier } from './dossier-types.ts';
import { HOSTILE, footbridgeDossier, hostileDossier } from './fixtures/footbridge-dossier.ts';

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

test('the page is self-contained: a CSP that loads nothing, no scripts, no external resources', () => {
  const html = renderHtml(footbridgeDossier());
  const doc = parse(html);
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /script-src/, 'no script is allowed at all');
  assert.equal(doc.querySelectorAll('script').length, 0);
  assert.equal(doc.querySelectorAll('link, img, iframe, object, embed, video, audio, source').length, 0);
  assert.doesNotMatch(html, /@import|url\(/, 'the stylesheet fetches nothing');
  for (const el of Array.from(doc.querySelectorAll('[src]'))) assert.fail(`unexpected src on <${el.tagName}>`);
  // Outbound links are only the documents' own http(s) URLs, shown for reference.
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href')!;
    assert.ok(href.startsWith('#') || /^https?:\/\//.test(href), `unexpected href ${href}`);
  }
});

test('every in-page link has a target and every cited sentence is marked in its source', () => {
  const doc = parse(renderHtml(footbridgeDossier()));
  const internal = Array.from(doc.querySelectorAll('a[href^="#"]')).map((a) => a.getAttribute('href')!.slice(1));
  assert.ok(internal.length > 10);
  for (const id of internal) assert.ok(doc.getElementById(id), `link to #${id} has no target`);
  const ids = Array.from(doc.querySelectorAll('[id]')).map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  // The first summary sentence links to the very sentence in the first source.
  const first = doc.querySelector('#summary li a.cite-link')!;
  const target = doc.getElementById(first.getAttribute('href')!.slice(1))!;
  assert.equal(target.tagName, 'MARK');
  assert.match(target.textContent!, /collapsed on Tuesday evening/);
  assert.ok(target.closest('#d-0'), 'the mark is inside the first source panel');
});

test('sections: header counts, summary, timeline chart, claims matrix, framing, entities, sources, problems', () => {
  const doc = parse(renderHtml(footbridgeDossier()));
  assert.equal(doc.querySelector('h1')!.textContent, 'Footbridge collapse in Ostrel');
  const counts = Object.fromEntries(
    Array.from(doc.querySelectorAll('.counts div')).map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]),
  );
  assert.equal(counts['Documents'], '3');
  assert.equal(counts['Independent sources'], '2', 'the republished copy shares a group with its original');
  assert.equal(doc.querySelectorAll('#summary li').length, 3);

  const svg = doc.querySelector('#timeline svg')!;
  assert.ok(svg);
  assert.equal(svg.querySelectorAll('circle.ev-day').length, 1, 'the day-precision event is a point');
  assert.equal(svg.querySelectorAll('rect.ev-range').length, 1, 'the month-precision event is a range');
  assert.ok(svg.querySelectorAll('text.tick').length >= 2, 'the axis has ticks');
  const labels = Array.from(svg.querySelectorAll('text.ev-label')).map((t) => t.textContent);
  assert.match(labels[0]!, /^Mar 2023/, 'events are in date order');

  const rows = Array.from(doc.querySelectorAll('#claims tbody tr'));
  assert.equal(rows.length, 2);
  assert.match(rows[0].className, /st-conflicting/, 'conflicts come first');
  assert.equal(rows[0].querySelector('.badge')!.textContent, 'conflicting', 'the conflict is said in words, not colour alone');
  assert.equal(rows[0].querySelectorAll('.val-differs').length, 1, 'the value that disagrees with the reading is marked');
  assert.match(rows[0].querySelector('.val-differs')!.textContent!, /at least 12.*differs/);
  assert.match(rows[0].querySelector('.val-differs')!.getAttribute('title')!, /regional police/);
  assert.equal(rows[0].querySelector('td.num')!.textContent, '2');
  assert.match(rows[1].querySelector('.badge')!.textContent!, /single source/);

  const framing = Array.from(doc.querySelectorAll('#framing tbody tr')).map((r) => [r.querySelector('th')!.textContent, r.querySelector('td')!.textContent]);
  assert.deepEqual(
    framing.map(([referent]) => referent),
    ['Ostrel council', 'what happened, every use'],
    'labels tied to a named referent come before whole label families',
  );
  assert.match(framing[1]![1]!, /accident ×2 \[1\] · negligence ×3 \[2\]\[3\]/);
  assert.ok(doc.querySelector('nav a[href="#framing"]'), 'the section is in the navigation');

  const entity = Array.from(doc.querySelectorAll('#entities tbody tr')).find((r) => r.querySelector('th')!.textContent === 'Ilsa Marrow')!;
  assert.match(entity.textContent!, /Marrow/);
  assert.match(entity.textContent!, /mayor/);

  const panels = doc.querySelectorAll('#sources article.source');
  assert.equal(panels.length, 3);
  const ledger = panels[1];
  assert.match(ledger.querySelector('details.removed summary')!.textContent!, /Removed from the page \(2\)/);
  assert.ok(ledger.querySelector('details.removed')!.textContent!.includes('Sign up for our morning newsletter'));
  assert.match(ledger.textContent!, /same original as/);
  assert.match(panels[2].querySelector('.flags')!.textContent!, /republished/);
  assert.match(panels[0].querySelector('.omits')!.textContent!, /people injured/);
  assert.match(doc.querySelector('#problems')!.textContent!, /inputs\/missing\.html.*not-found/s);
});

test('injection: hostile text everywhere renders as plain text', () => {
  const html = renderHtml(hostileDossier());
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<\/textarea>/i);
  assert.doesNotMatch(html, /href="javascript:/i);
  const doc = parse(html);
  assert.equal(doc.querySelectorAll('script, textarea').length, 0);
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      assert.ok(!/^on/i.test(attr.name), `event handler attribute ${attr.name} on <${el.tagName}>`);
    }
  }
  // The hostile strings are there, literally, as text.
  const text = doc.body.textContent!;
  for (const bad of HOSTILE) assert.ok(text.includes(bad), `missing literal ${bad}`);
  assert.ok(doc.querySelector('h1')!.textContent!.includes(HOSTILE[0]));
  assert.ok(doc.querySelector('#entities')!.textContent!.includes(HOSTILE[0]));
  assert.ok(doc.querySelector('details.removed')!.textContent!.includes(HOSTILE[0]));
  assert.ok(doc.querySelector('#claims a.val')!.getAttribute('title')!.includes(HOSTILE[1]), 'attribute values keep the quote as text');
  assert.ok(doc.querySelector('.doc-text')!.textContent!.includes(HOSTILE[0]));
  // A javascript: document URL is shown as text, never linked.
  assert.equal(doc.querySelectorAll('a[href^="javascript"]').length, 0);
});

test('a minimal contract-only dossier (no optional fields, empty lists) still renders every section', () => {
  const minimal = {
    schemaVersion: '1',
    generatedAt: '2025-01-01T00:00:00Z',
    documents: [
      { id: 'a.txt', title: null, published: null, publishedBasis: 'none', outlet: null, kind: 'unknown', language: 'en', text: 'Short text.', removed: [], flags: [] },
    ],
    entities: [],
    claims: [{ id: 'x', kind: 'count', subject: 'things', status: 'agreed', values: [{ document: 'a.txt', value: 3, low: null, high: null, text: 'Short text.', attribution: null }] }],
    timeline: [{ date: 'sometime', summary: 'an undated thing', documents: ['a.txt'], basis: '' }],
    summary: [],
    stories: [],
  } as unknown as Dossier;
  const doc = parse(renderHtml(minimal));
  assert.equal(doc.querySelector('h1')!.textContent, 'Dossier');
  assert.ok(doc.querySelector('#summary .empty'));
  assert.equal(doc.querySelectorAll('#timeline svg').length, 0, 'no chart when no date can be placed');
  assert.match(doc.querySelector('#timeline li')!.textContent!, /an undated thing/);
  assert.equal(doc.querySelectorAll('#claims tbody tr').length, 1);
  // The claim value is found in the text by its sentence and linked there.
  const link = doc.querySelector('#claims a.val')!.getAttribute('href')!;
  assert.equal(doc.getElementById(link.slice(1))!.textContent, 'Short text.');
  assert.ok(doc.querySelector('#entities .empty'));
});

test('claims matrix: copies of one original stand side by side under one heading', () => {
  const dossier = footbridgeDossier();
  const [herald, ledger, wire] = dossier.documents.map((d) => d.id);
  // Make the first and the last document copies of one original: their columns must meet.
  dossier.provenance = {
    groups: [
      { id: 'g1', documents: [herald!, wire!], outlet: 'Coastal Herald', reasons: ['near-duplicate text (0.95)'] },
      { id: 'g2', documents: [ledger!], outlet: 'Daily Ledger', reasons: [] },
    ],
    relations: [{ a: herald!, b: wire!, relation: 'duplicate', similarity: 0.95 }],
  };
  const doc = parse(renderHtml(dossier));
  const heads = Array.from(doc.querySelectorAll('#claims thead tr:last-child th.src-col a')).map((a) => a.textContent);
  assert.deepEqual(heads, ['[1]', '[3]', '[2]']);
  const group = doc.querySelector('#claims thead tr.groups th.grp')!;
  assert.equal(group.getAttribute('colspan'), '2');
  assert.match(group.textContent!, /one original, 2 reports/);
  // Every body row has one cell per column, the group's rule on the same columns as the heading.
  for (const row of Array.from(doc.querySelectorAll('#claims tbody tr'))) {
    const cells = Array.from(row.querySelectorAll('td')).slice(3);
    assert.equal(cells.length, 3);
    assert.deepEqual(cells.map((c) => c.classList.contains('grp-start')), [true, false, true]);
  }
});

test('claims matrix: no group heading when every source stands alone', () => {
  const dossier = footbridgeDossier();
  dossier.provenance = {
    groups: dossier.documents.map((d, k) => ({ id: `g${k}`, documents: [d.id], outlet: d.outlet ?? d.id, reasons: [] })),
    relations: [],
  };
  const doc = parse(renderHtml(dossier));
  assert.equal(doc.querySelectorAll('#claims thead tr.groups').length, 0);
});
