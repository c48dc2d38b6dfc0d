import { independentCount, list, storyTitle } from '../dossier-read.ts';
import type { ReportContext } from './context.ts';
import { citationLinks } from './context.ts';
import { escapeHtml } from './escape.ts';
import { hasFraming } from './framing.ts';

/** Story title, the counts a reader checks first, and the other stories when there are several. */
export function headerSection(ctx: ReportContext): string {
  const { dossier, documents, groups } = ctx;
  const independent = independentCount(
    documents.map((d) => d.id),
    groups,
  );
  const stories = list(dossier.stories);
  const storyList =
    stories.length > 1
      ? `<details class="stories"><summary>${stories.length} stories in these documents</summary><ul>${stories
          .map(
            (s) =>
              `<li>${escapeHtml(s.title)} ${citationLinks(ctx, list(s.documents))}${
                list(s.subEvents).length
                  ? `<ul>${list(s.subEvents)
                      .map((e) => `<li>${escapeHtml(e.title)} ${citationLinks(ctx, list(e.documents))}</li>`)
                      .join('')}</ul>`
                  : ''
              }</li>`,
          )
          .join('')}</ul></details>`
      : '';
  const inputErrors = list(dossier.inputErrors).length;
  return (
    `<header id="top"><h1>${escapeHtml(storyTitle(dossier))}</h1>` +
    `<dl class="counts">` +
    `<div><dt>Documents</dt><dd>${documents.length}</dd></div>` +
    `<div><dt>Independent sources</dt><dd>${independent}</dd></div>` +
    `<div><dt>Claims</dt><dd>${list(dossier.claims).length}</dd></div>` +
    `<div><dt>Events</dt><dd>${list(dossier.timeline).length}</dd></div>` +
    (inputErrors ? `<div><dt>Unreadable inputs</dt><dd><a href="#problems">${inputErrors}</a></dd></div>` : '') +
    `<div><dt>Generated</dt><dd><time>${escapeHtml(dossier.generatedAt ?? '')}</time></dd></div>` +
    `</dl>${storyList}` +
    `<nav aria-label="Sections"><a href="#summary">Summary</a><a href="#timeline">Timeline</a><a href="#claims">Claims</a>` +
    `${hasFraming(ctx) ? '<a href="#framing">Framing</a>' : ''}<a href="#entities">Entities</a><a href="#sources">Sources</a></nav></header>`
  );
}

/** The summary, each sentence followed by links to where its sources say it. */
export function summarySection(ctx: ReportContext): string {
  const sentences = list(ctx.dossier.summary);
  const body = sentences.length
    ? `<ol class="summary">${sentences
        .map((s) => {
          const hrefs = new Map<string, string>();
          const href = ctx.anchors.citeMention(s.source);
          if (href && s.source) hrefs.set(s.source.document, href);
          const cites = list(s.citations);
          const generated = s.source === null ? ' class="generated" title="worked out from several sources"' : '';
          return `<li${generated}>${escapeHtml(s.text)} ${citationLinks(ctx, cites.length ? cites : s.source ? [s.source.document] : [], hrefs)}</li>`;
        })
        .join('')}</ol>`
    : '<p class="empty">No summary was produced.</p>';
  return `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>${body}</section>`;
}
