import type { DossierTimelineEntry } from '../dossier-types.ts';
import { list, oneLine, truncate } from '../dossier-read.ts';
import type { ReportContext } from './context.ts';
import { citationLinks } from './context.ts';
import type { DayRange } from './date-range.ts';
import { axisTicks, chronological, formatDayRange, parseDayRange } from './date-range.ts';
import { escapeHtml } from './escape.ts';

/** Chart geometry in SVG user units; the SVG scales to its box and scrolls on narrow screens. */
const WIDTH = 960;
const MARGIN = 16;
const AXIS_Y = 30;
const FIRST_ROW = 50;
const ROW = 24;
const CHAR_WIDTH = 6.4;
/** More rows than this make the chart unreadable; the list below still has every entry. */
const MAX_ROWS = 60;

interface Placed {
  entry: DossierTimelineEntry;
  range: DayRange;
  href: string | null;
}

/** The timeline section: an SVG chart on a date axis and, beneath it, the full list with citations. */
export function timelineSection(ctx: ReportContext): string {
  const entries = list(ctx.dossier.timeline);
  if (entries.length === 0) return section('<p class="empty">No dated events were found.</p>');
  const placed: Placed[] = [];
  const items: string[] = [];
  for (const entry of chronological(entries)) {
    const hrefs = new Map<string, string>();
    for (const ev of list(entry.evidence)) {
      const href = ctx.anchors.citeMention(ev);
      if (href && !hrefs.has(ev.document)) hrefs.set(ev.document, href);
    }
    const docs = list(entry.documents);
    const firstHref = docs.map((d) => hrefs.get(d)).find(Boolean) ?? [...hrefs.values()][0] ?? (docs[0] ? ctx.anchors.documentHref(docs[0]) : null);
    const range = parseDayRange(entry.date, entry.precision);
    if (range) placed.push({ entry, range, href: firstHref ?? null });
    items.push(listItem(ctx, entry, hrefs));
  }
  placed.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const chart = placed.length > 0 ? timelineSvg(ctx, placed) : '';
  return section(`${chart}<ol class="timeline-list">${items.join('')}</ol>`);
}

function section(body: string): string {
  return `<section id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">Timeline</h2>${body}</section>`;
}

function listItem(ctx: ReportContext, entry: DossierTimelineEntry, hrefs: ReadonlyMap<string, string>): string {
  const facts: string[] = [];
  if (entry.type) facts.push(`<span class="tag">${escapeHtml(entry.type)}</span>`);
  const actors = list(entry.actors).map((a) => ctx.names.get(a) ?? a);
  if (actors.length) facts.push(`actors: ${escapeHtml(actors.join(', '))}`);
  if (entry.location) facts.push(`where: ${escapeHtml(entry.location)}`);
  if (typeof entry.fatalities === 'number') facts.push(`fatalities: ${escapeHtml(entry.fatalities)}`);
  return (
    `<li><time datetime="${escapeHtml(entry.date)}">${escapeHtml(formatDayRange(entry.date, entry.precision))}</time>` +
    `${entry.precision && entry.precision !== 'day' ? ` <span class="muted">(${escapeHtml(entry.precision)})</span>` : ''} ` +
    `${escapeHtml(oneLine(entry.summary ?? ''))} ${citationLinks(ctx, list(entry.documents), hrefs)}` +
    `${facts.length ? `<div class="facts">${facts.join(' · ')}</div>` : ''}` +
    `${entry.basis ? `<div class="basis">date: ${escapeHtml(entry.basis)}</div>` : ''}</li>`
  );
}

function timelineSvg(ctx: ReportContext, all: Placed[]): string {
  const rows = all.slice(0, MAX_ROWS);
  let from = Math.min(...rows.map((p) => p.range.start));
  let to = Math.max(...rows.map((p) => p.range.end));
  if (to - from < 3) {
    const mid = (from + to) / 2;
    from = mid - 1.5;
    to = mid + 1.5;
  }
  const pad = (to - from) * 0.03;
  from -= pad;
  to += pad;
  const innerWidth = WIDTH - 2 * MARGIN;
  const x = (day: number): number => MARGIN + ((day - from) / (to - from)) * innerWidth;
  const height = FIRST_ROW + rows.length * ROW;

  const parts: string[] = [];
  parts.push(`<line class="axis" x1="${MARGIN}" y1="${AXIS_Y}" x2="${WIDTH - MARGIN}" y2="${AXIS_Y}"/>`);
  for (const tick of axisTicks(from, to)) {
    const tx = x(tick.day).toFixed(1);
    parts.push(
      `<line class="grid" x1="${tx}" y1="${AXIS_Y}" x2="${tx}" y2="${height - 4}"/>` +
        `<line class="axis" x1="${tx}" y1="${AXIS_Y - 4}" x2="${tx}" y2="${AXIS_Y}"/>` +
        `<text class="tick" x="${tx}" y="${AXIS_Y - 8}" text-anchor="middle">${escapeHtml(tick.label)}</text>`,
    );
  }
  rows.forEach((p, i) => parts.push(row(ctx, p, i, x)));
  const more = all.length > rows.length ? `<p class="muted">${all.length - rows.length} more dated entries are in the list below.</p>` : '';
  return (
    `<div class="timeline-chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" ` +
    `role="group" aria-label="Timeline chart, ${rows.length} events on a date axis">${parts.join('')}</svg></div>${more}`
  );
}

function row(ctx: ReportContext, p: Placed, i: number, x: (day: number) => number): string {
  const y = FIRST_ROW + i * ROW;
  const cy = y + ROW / 2 - 4;
  const { entry, range } = p;
  let mark: string;
  let left: number;
  let right: number;
  if (range.end - range.start <= 1) {
    const cx = x(range.start + 0.5);
    left = cx - 5;
    right = cx + 5;
    mark = `<circle class="ev ev-day" cx="${cx.toFixed(1)}" cy="${cy}" r="5"/>`;
  } else {
    left = x(range.start);
    right = Math.max(x(range.end), left + 6);
    mark = `<rect class="ev ev-range" x="${left.toFixed(1)}" y="${cy - 5}" width="${(right - left).toFixed(1)}" height="10" rx="3"/>`;
  }
  const date = formatDayRange(entry.date, entry.precision);
  const label = `${date} · ${oneLine(entry.summary ?? '')}`;
  const onRight = (left + right) / 2 < WIDTH * 0.55;
  const lx = onRight ? right + 6 : left - 6;
  const room = onRight ? WIDTH - MARGIN - lx : lx - MARGIN;
  const text = truncate(label, Math.max(12, Math.floor(room / CHAR_WIDTH)));
  const sources = list(entry.documents)
    .map((d) => ctx.anchors.index.get(d))
    .filter((n): n is number => n !== undefined)
    .map((n) => `[${n + 1}]`)
    .join('');
  const title = `${label}${entry.precision && entry.precision !== 'day' ? ` (${entry.precision})` : ''}${sources ? ` ${sources}` : ''}${entry.basis ? ` — date: ${entry.basis}` : ''}`;
  const body =
    `<title>${escapeHtml(title)}</title>${mark}` +
    `<text class="ev-label" x="${lx.toFixed(1)}" y="${cy + 4}" text-anchor="${onRight ? 'start' : 'end'}">${escapeHtml(text)}</text>`;
  return p.href ? `<a class="ev-link" href="${escapeHtml(p.href)}">${body}</a>` : `<g>${body}</g>`;
}
