import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Flag, Removal, SourceHints } from '../../core/index.ts';

export interface ExtractedArticle {
  /** Article text, paragraphs separated by blank lines. */
  text: string;
  hints: SourceHints;
  removed: Removal[];
  flags: Flag[];
}

/**
 * First version: Readability over linkedom. The reading issue owns this file and replaces it with
 * the measured extraction path (see docs/quality.md).
 */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const text = (article?.textContent ?? document.body?.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
  const hints: SourceHints = {};
  if (article?.title) hints.title = article.title;
  if (article?.siteName) hints.site = article.siteName;
  if (article?.byline) hints.author = article.byline;
  if (article?.publishedTime) hints.published = article.publishedTime;
  if (url) hints.url = url;
  return { text, hints, removed: [], flags: [] };
}
