/**
 * The HTML report: one self-contained file to open offline or send on. Inline CSS and SVG only; no
 * script, font, image or request of any kind, enforced by a Content-Security-Policy that allows
 * nothing to load. Every piece of dossier text goes through `escapeHtml`.
 */
import type { Dossier } from './dossier-types.ts';
import { storyTitle } from './dossier-read.ts';
import { claimsSection } from './html/claims-matrix.ts';
import { reportContext } from './html/context.ts';
import { entitiesSection } from './html/entities.ts';
import { escapeHtml } from './html/escape.ts';
import { framingSection } from './html/framing.ts';
import { problemsSection } from './html/problems.ts';
import { sourcesSection } from './html/sources.ts';
import { REPORT_CSS } from './html/styles.ts';
import { headerSection, summarySection } from './html/summary.ts';
import { timelineSection } from './html/timeline.ts';

export { escapeHtml } from './html/escape.ts';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function renderHtml(dossier: Dossier): string {
  const ctx = reportContext(dossier);
  // Sources come last: the sections before them register the spans the source texts must mark.
  const header = headerSection(ctx);
  const summary = summarySection(ctx);
  const timeline = timelineSection(ctx);
  const claims = claimsSection(ctx);
  const framing = framingSection(ctx);
  const entities = entitiesSection(ctx);
  const sources = sourcesSection(ctx);
  const problems = problemsSection(ctx);
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="referrer" content="no-referrer">` +
    `<title>${escapeHtml(storyTitle(dossier))} — Triangulate dossier</title>` +
    `<style>${REPORT_CSS}</style></head>\n<body><main>` +
    header +
    summary +
    timeline +
    claims +
    framing +
    entities +
    sources +
    problems +
    `<footer>Made by Triangulate from ${ctx.documents.length} documents · schema ${escapeHtml(dossier.schemaVersion ?? '?')} · ` +
    `generated ${escapeHtml(dossier.generatedAt ?? '')}</footer>` +
    `</main></body></html>\n`
  );
}
