/**
 * The dossier as two CSV tables (`--csv FILE`: events to FILE, claims beside it as `*.claims.csv`).
 * Events use ACLED-like columns so researchers can load them with what they already have; claims
 * have one row per value per source. RFC 4180: header row, CRLF line ends, fields quoted when they
 * hold a comma, quote, CR or LF, quotes doubled.
 *
 * Spreadsheet formula injection: a text field that starts with `=`, `+`, `-`, `@`, tab or CR would
 * run as a formula in Excel or LibreOffice, so such fields get a leading `'` (OWASP's advice).
 * Plain numbers such as `-3` are left alone.
 */
import type { Dossier } from './dossier-types.ts';
import { entityNames, groupOfDocument, independentCount, list, oneLine } from './dossier-read.ts';

export const EVENT_COLUMNS = [
  'event_id',
  'event_date',
  'date_precision',
  'event_type',
  'actor1',
  'actor2',
  'location',
  'fatalities',
  'sources',
  'source_count',
  'independent_sources',
  'notes',
] as const;

export const CLAIM_COLUMNS = [
  'claim_id',
  'kind',
  'subject',
  'status',
  'document',
  'value',
  'low',
  'high',
  'attribution',
  'sentence',
] as const;

export interface CsvTables {
  events: string;
  claims: string;
}

type Cell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** One field, neutralised against formula injection and quoted as RFC 4180 requires. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [csvRow(header), ...rows.map(csvRow)].map((line) => `${line}\r\n`).join('');
}

export function renderCsv(dossier: Dossier): CsvTables {
  const groups = groupOfDocument(dossier);
  const names = entityNames(dossier);
  const outlets = new Map(list(dossier.documents).map((d) => [d.id, d.outlet]));
  const eventRows = list(dossier.timeline).map((t, i) => {
    const docs = [...new Set(list(t.documents))];
    const actors = list(t.actors).map((a) => names.get(a) ?? a);
    const sources = docs.map((d) => {
      const outlet = outlets.get(d);
      return outlet ? `${outlet} (${d})` : d;
    });
    const notes = [oneLine(t.summary ?? ''), t.basis ? `date: ${t.basis}` : ''].filter(Boolean).join(' | ');
    return [
      t.id ?? `event-${i + 1}`,
      t.date,
      t.precision ?? precisionOf(t.date),
      t.type ?? '',
      actors[0] ?? '',
      actors[1] ?? '',
      t.location ?? '',
      typeof t.fatalities === 'number' ? t.fatalities : '',
      sources.join('; '),
      docs.length,
      independentCount(docs, groups),
      notes,
    ];
  });
  const claimRows: Cell[][] = [];
  for (const c of list(dossier.claims)) {
    for (const v of list(c.values)) {
      claimRows.push([c.id, c.kind, c.subject, c.status, v.document, v.value, v.low, v.high, v.attribution, oneLine(v.text ?? '')]);
    }
  }
  return { events: table(EVENT_COLUMNS, eventRows), claims: table(CLAIM_COLUMNS, claimRows) };
}

/** The precision a date's shape implies, for dossiers that do not say. */
function precisionOf(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(date)) return 'week';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return '';
}

/** Where the claims table goes for `--csv FILE`: beside FILE, as `FILE` minus `.csv` plus `.claims.csv`. */
export function claimsCsvPath(eventsPath: string): string {
  return eventsPath.toLowerCase().endsWith('.csv') ? `${eventsPath.slice(0, -4)}.claims.csv` : `${eventsPath}.claims.csv`;
}
