/**
 * The default terminal output: a compact summary to read at a glance (story, counts, summary,
 * the claims that matter most with their status, the first timeline lines, unreadable inputs).
 * Colour is optional ANSI; control characters in article text are stripped so a hostile document
 * cannot drive the terminal.
 */
import type { Dossier } from './dossier-types.ts';
import {
  byStatus,
  claimIndependentSources,
  documentIndex,
  formatClaimValue,
  groupOfDocument,
  independentCount,
  list,
  oneLine,
  reconciledReading,
  storyTitle,
  truncate,
} from './dossier-read.ts';
import { chronological } from './html/date-range.ts';

export interface TerminalOptions {
  color?: boolean;
  /** Line width to shorten long lines to; default 100. */
  width?: number;
  /** How many claims, timeline lines and summary sentences to show; default 6. */
  top?: number;
}

const CODES = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' } as const;
type Style = keyof typeof CODES;

const STATUS_STYLE: Record<string, Style> = { conflicting: 'red', evolving: 'yellow', agreed: 'green', 'single-source': 'dim' };
// C0/C1 controls and DEL, which includes ESC: article text must not emit escape sequences.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function renderTerminal(dossier: Dossier, options: TerminalOptions = {}): string {
  const color = options.color === true;
  const width = options.width ?? 100;
  const top = options.top ?? 6;
  const paint = (style: Style, s: string): string => (color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
  const clean = (s: unknown, max = width): string => truncate(oneLine(String(s ?? '').replace(CONTROL, ' ')), max);
  const index = documentIndex(dossier);
  const groups = groupOfDocument(dossier);
  const cite = (ids: readonly string[]): string =>
    [...new Set(ids.map((id) => index.get(id)).filter((n): n is number => n !== undefined))].map((n) => `[${n + 1}]`).join('');

  const documents = list(dossier.documents);
  const out: string[] = [];
  out.push(paint('bold', clean(storyTitle(dossier))));
  out.push(
    paint(
      'dim',
      `${documents.length} documents · ${independentCount(
        documents.map((d) => d.id),
        groups,
      )} independent sources · ${list(dossier.claims).length} claims · ${list(dossier.timeline).length} events`,
    ),
  );

  const summary = list(dossier.summary).slice(0, top);
  if (summary.length) {
    out.push('', paint('cyan', 'Summary'));
    for (const s of summary) out.push(`  ${clean(s.text, width - 12)} ${paint('dim', cite(list(s.citations)))}`);
  }

  const claims = [...list(dossier.claims)].sort(byStatus);
  if (claims.length) {
    out.push('', paint('cyan', 'Claims'));
    for (const c of claims.slice(0, top)) {
      const status = String(c.status ?? '?');
      const values = [...new Set(list(c.values).map((v) => formatClaimValue(v)))].join(' / ');
      const reading = reconciledReading(c).best;
      out.push(
        // Statement slots often name their values in the subject already.
        `  ${paint(STATUS_STYLE[status] ?? 'dim', status.padEnd(13))} ${clean(c.subject, 50)}` +
          `${String(c.subject ?? '').includes(values) ? '' : `: ${clean(values, 30)}`}` +
          `${reading !== null && status === 'conflicting' ? ` → ${reading}` : ''} ${paint('dim', `(${claimIndependentSources(c, groups)} indep.)`)}`,
      );
    }
    if (claims.length > top) out.push(paint('dim', `  … ${claims.length - top} more`));
  }

  const timeline = chronological(list(dossier.timeline));
  if (timeline.length) {
    out.push('', paint('cyan', 'Timeline'));
    for (const t of timeline.slice(0, top)) {
      out.push(`  ${paint('bold', clean(t.date, 12).padEnd(10))} ${clean(t.summary, width - 24)} ${paint('dim', cite(list(t.documents)))}`);
    }
    if (timeline.length > top) out.push(paint('dim', `  … ${timeline.length - top} more`));
  }

  const errors = list(dossier.inputErrors);
  if (errors.length) {
    out.push('', paint('red', `Could not read ${errors.length} input${errors.length > 1 ? 's' : ''}`));
    for (const e of errors.slice(0, top)) out.push(`  ${clean(e.input, 40)} (${clean(e.code, 20)}): ${clean(e.message, width - 30)}`);
  }
  out.push('', paint('dim', 'Sources: ') + documents.slice(0, top * 2).map((d, i) => `[${i + 1}] ${clean(d.outlet ?? d.title ?? d.id, 40)}`).join('  '));
  return `${out.join('\n')}\n`;
}
