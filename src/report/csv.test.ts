import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAIM_COLUMNS, EVENT_COLUMNS, claimsCsvPath, csvField, renderCsv } from './csv.ts';
import { footbridgeDossier, hostileDossier } from './fixtures/footbridge-dossier.ts';

/** A strict RFC 4180 reader, to check that what we write reads back to what we meant. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < csv.length) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      assert.equal(field, '', 'a quote may only open a field');
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      assert.notEqual(c, '\n', 'bare LF outside quotes');
      assert.notEqual(c, '\r', 'bare CR outside quotes');
      field += c;
      i++;
    }
  }
  assert.equal(field, '', 'the last line ends with CRLF');
  assert.equal(row.length, 0);
  return rows;
}

test('fields are quoted only when needed, quotes doubled', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\rhere'), '"cr\rhere"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(12), '12');
  assert.equal(csvField(-3), '-3', 'a negative number is a number, not a formula');
});

test("formula injection: text starting with = + - @ gets a leading '", () => {
  assert.equal(csvField('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
  assert.equal(csvField('+1+2'), "'+1+2");
  assert.equal(csvField('-2+3'), "'-2+3");
  assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvField('\t=1'), "'\t=1");
  assert.equal(csvField('-12'), '-12');
});

test('events have the ACLED-like columns and read back', () => {
  const { events } = renderCsv(footbridgeDossier());
  const rows = parseCsv(events);
  assert.deepEqual(rows[0], [...EVENT_COLUMNS]);
  assert.equal(rows.length, 3);
  const byId = new Map(rows.slice(1).map((r) => [r[0], Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, r[i]]))]));
  const collapse = byId.get('T1')!;
  assert.equal(collapse.event_date, '2025-05-13');
  assert.equal(collapse.date_precision, 'day');
  assert.equal(collapse.event_type, 'accident');
  assert.equal(collapse.actor1, 'Velder', 'actor ids become entity names');
  assert.equal(collapse.fatalities, '9');
  assert.equal(collapse.source_count, '3');
  assert.equal(collapse.independent_sources, '2', 'the copy counts once');
  assert.match(collapse.sources, /Coastal Herald \(herald\.txt\); Daily Ledger \(ledger\.html\)/);
  assert.match(collapse.notes, /date: on Tuesday/);
  assert.equal(byId.get('T2')!.date_precision, 'month');
  assert.equal(byId.get('T2')!.fatalities, '');
});

test('claims: one row per value per source, and hostile text survives the round trip', () => {
  const { claims } = renderCsv(hostileDossier());
  const rows = parseCsv(claims);
  assert.deepEqual(rows[0], [...CLAIM_COLUMNS]);
  assert.equal(rows.length, 1 + 4);
  const first = Object.fromEntries(CLAIM_COLUMNS.map((c, i) => [c, rows[1][i]]));
  assert.equal(first.claim_id, 'C1');
  assert.equal(first.status, 'conflicting');
  assert.equal(first.value, '12');
  assert.equal(first.low, '12');
  assert.equal(first.high, '');
  assert.match(first.attribution, /^regional police " onerror="x$/);
  assert.match(first.sentence, /killing at least 12 people.*<script>alert\(1\)<\/script>/);
  assert.ok(rows.every((r) => r.length === CLAIM_COLUMNS.length));
});

test('the claims file goes beside the events file', () => {
  assert.equal(claimsCsvPath('out/events.csv'), 'out/events.claims.csv');
  assert.equal(claimsCsvPath('out/events'), 'out/events.claims.csv');
});
