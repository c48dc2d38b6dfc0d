import { list } from '../dossier-read.ts';
import type { ReportContext } from './context.ts';
import { escapeHtml } from './escape.ts';

/** Inputs that produced no document, and what went wrong inside the analysis (folded away). */
export function problemsSection(ctx: ReportContext): string {
  const errors = list(ctx.dossier.inputErrors);
  const issues = list(ctx.dossier.issues);
  if (errors.length === 0 && issues.length === 0) return '';
  return (
    `<section id="problems" aria-labelledby="problems-h"><h2 id="problems-h">Problems</h2>` +
    (errors.length
      ? `<h3>Inputs that could not be read (${errors.length})</h3><ul class="input-errors">${errors
          .map((e) => `<li><code>${escapeHtml(e.input)}</code> <span class="tag">${escapeHtml(e.code)}</span> ${escapeHtml(e.message)}</li>`)
          .join('')}</ul>`
      : '') +
    (issues.length
      ? `<details><summary>Analysis notes (${issues.length})</summary><ul>${issues
          .map(
            (i) =>
              `<li><span class="tag">${escapeHtml(i.code)}</span> ${escapeHtml(i.stage)}${i.document ? ` · ${escapeHtml(i.document)}` : ''}: ${escapeHtml(i.message)}</li>`,
          )
          .join('')}</ul></details>`
      : '') +
    `</section>`
  );
}
