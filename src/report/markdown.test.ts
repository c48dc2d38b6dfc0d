import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, renderMarkdown } from './markdown.ts';
import { footbridgeDossier, hostileDossier } from './fixtures/footbridge-dossier.ts';
import type { Dossier } from './dossier-types.ts';

/** The cells of a Markdown table row, splitting on pipes that are not escaped. */
function cells(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function section(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `no ## ${heading}`);
  const next = md.indexOf('\n## ', start + 4);
  return md.slice(start, next < 0 ? undefined : next);
}

test('title, counts, summary with citation markers', () => {
  const md = renderMarkdown(footbridgeDossier());
  assert.ok(md.startsWith('# Footbridge collapse in Ostrel\n'));
  assert.match(md, /3 documents, 2 independent sources/);
  const summary = section(md, 'Summary');
  assert.match(summary, /^- .*regional police said\. \[1\]$/m);
  assert.match(summary, /^- Sources disagree on the death toll: between 9 and 12\. \[1\]\[2\]$/m);
});

test('claims table: status, values per source with attribution, independent sources, reading', () => {
  const md = renderMarkdown(footbridgeDossier());
  const lines = section(md, 'Claims').split('\n').filter((l) => l.startsWith('|'));
  assert.equal(lines.length, 4);
  const header = cells(lines[0]);
  const killed = cells(lines[2]);
  assert.equal(killed.length, header.length);
  assert.equal(killed[1], 'conflicting');
  assert.match(killed[2], /at least 12 \[1\] \(regional police\); 9 \[2\] \(the fire service\)/);
  assert.equal(killed[3], '2');
  assert.equal(
    killed[4],
    '**9** — At least 12 (Coastal Herald) vs 9 (Daily Ledger). Two independent sources disagree (at least 12 vs 9); the lowest figure is shown.',
    'the figure stands apart, and the reason and the reasoning read as two sentences',
  );
  assert.equal(cells(lines[3])[1], 'single-source');
});

test('framing: opinion pieces, then labels tied to a referent before whole label families', () => {
  const dossier = footbridgeDossier();
  dossier.documents[1]!.kind = 'opinion';
  const lines = section(renderMarkdown(dossier), 'Framing').split('\n').filter(Boolean);
  assert.equal(lines[1], 'Opinion pieces: [2].');
  const items = lines.filter((l) => l.startsWith('- '));
  assert.deepEqual(items, [
    '- **Ostrel council**: authorities ×1 [1]; regime ×1 [2]',
    '- **what happened, every use**: accident ×2 [1]; negligence ×3 [2][3]',
  ]);
});

test('timeline, entities, sources and input errors', () => {
  const md = renderMarkdown(footbridgeDossier());
  const timeline = section(md, 'Timeline').split('\n').filter((l) => l.startsWith('- '));
  assert.match(timeline[0], /^- \*\*2023-03\*\* The bridge was last inspected \[1\] \(month; other\)/, 'in date order');
  assert.match(timeline[1], /fatalities: 9/);
  assert.match(section(md, 'Entities'), /\| Ilsa Marrow \| PERSON \| Marrow \| mayor \| \[1\]\[2\] \|/);
  const sources = section(md, 'Sources');
  assert.match(sources, /### \[3\] wire-copy\.txt/);
  assert.match(sources, /kind: republished/);
  assert.match(sources, /same original as \[2\]/);
  assert.match(sources, /flag republished/);
  assert.match(sources, /leaves out claims: people injured/);
  assert.match(sources, /removed 2: share-widget, newsletter-prompt/);
  assert.match(section(md, 'Input errors'), /inputs\/missing\.html \(not-found\)/);
});

test('article text with pipes, newlines and markup cannot break a table or become markup', () => {
  const d = footbridgeDossier();
  d.claims[0].subject = 'killed | in\nthe *collapse* [link](http://x)';
  d.claims[0].values[0].attribution = 'police|\r\nofficials';
  d.entities[0].name = 'Bran|nock';
  const md = renderMarkdown(d);
  const claimLines = section(md, 'Claims').split('\n').filter((l) => l.startsWith('|'));
  const header = cells(claimLines[0]);
  for (const line of claimLines) assert.equal(cells(line).length, header.length, line);
  assert.ok(md.includes('killed \\| in the \\*collapse\\* \\[link\\](http://x)'));
  const entityLines = section(md, 'Entities').split('\n').filter((l) => l.startsWith('|'));
  for (const line of entityLines) assert.equal(cells(line).length, 5, line);
  assert.equal(escapeMarkdown('<script>'), '\\<script\\>');
});

test('hostile text is escaped; an empty dossier still renders', () => {
  const md = renderMarkdown(hostileDossier());
  assert.doesNotMatch(md, /<script>/);
  assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
  const empty = renderMarkdown({ schemaVersion: '1', generatedAt: 'x', documents: [], entities: [], claims: [], timeline: [], summary: [], stories: [] } as Dossier);
  assert.match(empty, /^# Dossier\n/);
  assert.match(empty, /No claims were found/);
});
