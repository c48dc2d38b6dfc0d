import { framingHeading, framingInOrder, list, opinionPieces } from '../dossier-read.ts';
import type { ReportContext } from './context.ts';
import { citationLinks } from './context.ts';
import { escapeHtml } from './escape.ts';

/**
 * How sources word the same thing: opinion pieces named as such, then each referent with the labels
 * different sources chose for it. Nothing is shown when no source frames anything differently.
 */
export function framingSection(ctx: ReportContext): string {
  if (!hasFraming(ctx)) return '';
  const framing = framingInOrder(ctx.dossier);
  const opinion = opinionPieces(ctx.documents);
  const rows = framing
    .map(
      (f) =>
        `<tr><th scope="row">${escapeHtml(framingHeading(f.referent))}</th><td>` +
        list(f.terms)
          .map((t) => `<span class="label-term">${escapeHtml(t.term)} <span class="muted">×${t.count}</span> ${citationLinks(ctx, list(t.documents))}</span>`)
          .join(' · ') +
        `</td></tr>`,
    )
    .join('');
  return (
    `<section id="framing" aria-labelledby="framing-h"><h2 id="framing-h">Framing</h2>` +
    (opinion.length ? `<p>Opinion pieces: ${citationLinks(ctx, opinion)}</p>` : '') +
    (rows
      ? `<p class="muted">Different words sources use for the same referent, with how often each is used and by whom.</p>` +
        `<div class="table-wrap"><table class="framing"><thead><tr><th scope="col">Referent</th><th scope="col">Labels</th></tr></thead>` +
        `<tbody>${rows}</tbody></table></div>`
      : '') +
    `</section>`
  );
}

/** The framing section exists (and the header links to it) when a source is an opinion piece or words something differently. */
export function hasFraming(ctx: ReportContext): boolean {
  return list(ctx.dossier.framing).length > 0 || opinionPieces(ctx.documents).length > 0;
}
