import type { TextRange } from '../dossier-read.ts';
import { spanAnchor } from './anchors.ts';
import { escapeHtml } from './escape.ts';

/**
 * A document's clean text with the cited ranges highlighted. Ranges may overlap or nest (a summary
 * sentence that is also a claim's sentence), and `<mark>` elements must not, so the text is cut at
 * every range boundary and each piece covered by at least one range becomes its own `<mark>`; the
 * piece where a range starts carries that range's anchor id. One sort, one pass.
 */
export function markedText(text: string, docIndex: number, ranges: readonly TextRange[]): string {
  const delta = new Map<number, number>();
  const starts = new Set<number>();
  for (const r of ranges) {
    const start = Math.max(0, Math.min(r.start, text.length));
    const end = Math.max(0, Math.min(r.end, text.length));
    if (end <= start) continue;
    delta.set(start, (delta.get(start) ?? 0) + 1);
    delta.set(end, (delta.get(end) ?? 0) - 1);
    starts.add(start);
  }
  const points = [...delta.keys()].sort((a, b) => a - b);
  let out = '';
  let depth = 0;
  let cursor = 0;
  for (const p of points) {
    if (p > cursor) out += piece(text.slice(cursor, p), depth, starts.has(cursor) ? spanAnchor(docIndex, cursor) : null);
    cursor = p;
    depth += delta.get(p)!;
  }
  out += escapeHtml(text.slice(cursor));
  return out;
}

function piece(text: string, depth: number, id: string | null): string {
  if (depth <= 0) return escapeHtml(text);
  const cls = depth > 1 ? 'cite cite-2' : 'cite';
  return `<mark class="${cls}"${id ? ` id="${id}"` : ''}>${escapeHtml(text)}</mark>`;
}
