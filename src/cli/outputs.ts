import { writeFile } from 'node:fs/promises';
import type { Dossier } from '../report/dossier-types.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { renderHtml } from '../report/html.ts';
import { claimsCsvPath, renderCsv } from '../report/csv.ts';
import { renderTerminal } from '../report/terminal.ts';
import type { OutputFormat } from './args.ts';

export interface RenderOptions {
  color: boolean;
  /** Terminal width for the text format; the renderer's default when unknown. */
  width?: number;
}

/** Renders the dossier in one of the output formats. */
export function renderFormat(dossier: Dossier, format: OutputFormat | 'html', options: RenderOptions): string {
  switch (format) {
    case 'json':
      return JSON.stringify(dossier, null, 2) + '\n';
    case 'md':
      return renderMarkdown(dossier);
    case 'html':
      return renderHtml(dossier);
    case 'text':
      return renderTerminal(dossier, { color: options.color, width: options.width });
  }
}

/** Events go to `path`, claims beside it (`events.csv` → `events.claims.csv`). */
export async function writeCsv(dossier: Dossier, path: string): Promise<string[]> {
  const tables = renderCsv(dossier);
  const claimsPath = claimsCsvPath(path);
  await writeFile(path, tables.events);
  await writeFile(claimsPath, tables.claims);
  return [path, claimsPath];
}
