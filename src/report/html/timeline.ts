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

/** A stretch of the date axis; a long empty gap between stretches is cut out of the chart. */
interface Segment {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

/** A gap wider than this share of the whole span (and over a month) breaks the axis. */
const BREAK_SHARE = 0.35;
const BREAK_MIN_DAYS = 31;
const MAX_SEGMENTS = 3;
const BREAK_GAP = 28;

/**
 * One outlier years away would squeeze every other event into a few pixels, so long empty gaps
 * are cut out: the axis becomes up to three stretches, each scaled on its own, with a visible break.
 */
export function axisSegments(ranges: readonly DayRange[], innerWidth: number, left: number): Segment[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const clusters: { from: number; to: number }[] = [];
  for (const r of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && r.start <= last.to) last.to = Math.max(last.to, r.end);
    else clusters.push({ from: r.start, to: r.end });
  }
  const total = clusters[clusters.length - 1].to - clusters[0].from;
  const breaks = clusters
    .slice(1)
    .map((c, i) => ({ i: i + 1, gap: c.from - clusters[i].to }))
    .filter((g) => g.gap > BREAK_MIN_DAYS && g.gap > total * BREAK_SHARE)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, MAX_SEGMENTS - 1)
    .map((g) => g.i)
    .sort((a, b) => a - b);
  const spans: { from: number; to: number }[] = [];
  let begin = 0;
  for (const end of [...breaks, clusters.length]) {
    let from = clusters[begin].from;
    let to = clusters[end - 1].to;
    if (to - from < 3) {
      const mid = (from + to) / 2;
      from = mid - 1.5;
      to = mid + 1.5;
    }
    const pad = (to - from) * 0.03;
    spans.push({ from: from - pad, to: to + pad });
    begin = end;
  }
  // Width follows how many events a stretch holds, not how long it is: that is where the detail is.
  const counts = spans.map((sp) => ranges.filter((r) => r.start >= sp.from && r.start < sp.to).length);
  const weights = counts.map((n) => Math.max(n / ranges.length, spans.length > 1 ? 0.2 : 1));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const usable = innerWidth - BREAK_GAP * (spans.length - 1);
  const segments: Segment[] = [];
  let x = left;
  spans.forEach((sp, i) => {
    const w = (usable * weights[i]) / weightSum;
    segments.push({ ...sp, x0: x, x1: x + w });
    x += w + BREAK_GAP;
  });
  return segments;
}

function scale(segments: readonly Segment[]): (day: number) => number {
  return (day) => {
    const seg = segments.find((sg) => day <= sg.to) ?? segments[segments.length - 1];
    return seg.x0 + ((day - seg.from) / (seg.to - seg.from)) * (seg.x1 - seg.x0);
  };
}

function timelineSvg(ctx: ReportContext, all: Placed[]): string {
  const rows = all.slice(0, MAX_ROWS);
  const innerWidth = WIDTH - 2 * MARGIN;
  const segments = axisSegments(
    rows.map((p) => p.range),
    innerWidth,
    MARGIN,
  );
  const x = scale(segments);
  const height = FIRST_ROW + rows.length * ROW;

  const parts: string[] = [];
  for (const [i, seg] of segments.entries()) {
    parts.push(`<line class="axis" x1="${seg.x0.toFixed(1)}" y1="${AXIS_Y}" x2="${seg.x1.toFixed(1)}" y2="${AXIS_Y}"/>`);
    if (i > 0) {
      const bx = seg.x0 - BREAK_GAP / 2;
      parts.push(
        `<g class="axis-break"><title>time axis cut: no events in between</title>` +
          `<line x1="${(bx - 6).toFixed(1)}" y1="${AXIS_Y + 6}" x2="${(bx - 2).toFixed(1)}" y2="${AXIS_Y - 6}"/>` +
          `<line x1="${(bx + 2).toFixed(1)}" y1="${AXIS_Y + 6}" x2="${(bx + 6).toFixed(1)}" y2="${AXIS_Y - 6}"/>` +
          `<line class="gap" x1="${bx.toFixed(1)}" y1="${AXIS_Y + 8}" x2="${bx.toFixed(1)}" y2="${height - 4}"/></g>`,
      );
    }
    const maxTicks = Math.max(2, Math.round((10 * (seg.x1 - seg.x0)) / innerWidth));
    for (const tick of axisTicks(seg.from, seg.to, maxTicks)) {
      const tx = x(tick.day).toFixed(1);
      parts.push(
        `<line class="grid" x1="${tx}" y1="${AXIS_Y}" x2="${tx}" y2="${height - 4}"/>` +
          `<line class="axis" x1="${tx}" y1="${AXIS_Y - 4}" x2="${tx}" y2="${AXIS_Y}"/>` +
          `<text class="tick" x="${tx}" y="${AXIS_Y - 8}" text-anchor="middle">${escapeHtml(tick.label)}</text>`,
      );
    }
  }
  rows.forEach((p, i) => parts.push(row(ctx, p, i, x)));
  const more = all.length > rows.length ? `<p class="muted">${all.length - rows.length} more dated entries are in the list below.</p>` : '';
  const cut = segments.length > 1 ? ' The axis is cut where long stretches have no events.' : '';
  return (
    `<div class="timeline-chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" ` +
    `role="group" aria-label="Timeline chart, ${rows.length} events on a date axis.${cut}">${parts.join('')}</svg></div>${more}`
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
