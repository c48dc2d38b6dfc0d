import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Flag, Removal, SourceHints } from '../../core/index.ts';
import { junkReason } from '../../stages/doc/clean/classify-line.ts';
import { dominantScript, scriptCounts } from '../../stages/doc/clean/script.ts';
import type { Block } from './dom-blocks.ts';
import { domBlocks } from './dom-blocks.ts';
import { metaHints } from './meta-hints.ts';
import { CONTENT_PARAGRAPH_CHARS, FURNITURE_WORDS, LINK_BLOCK_MAX_CHARS, LINK_DENSITY, MIN_ARTICLE_CHARS, NEVER_TEXT, USUALLY_CHROME } from './patterns.ts';

export interface ExtractedArticle {
  /** Article text, paragraphs separated by blank lines. */
  text: string;
  hints: SourceHints;
  removed: Removal[];
  flags: Flag[];
}

/** A furniture container is removed only when it holds a small part of the page's text. */
const FURNITURE_MAX_SHARE = 0.3;
/** A repeated block this long is a repeated caption or teaser; short repeats are structure ("Snack"). */
const DUPLICATE_MIN_CHARS = 40;
/** Fallback paragraphs shorter than this are navigation and teasers. */
const FALLBACK_MIN_BLOCK = 80;

/** The furniture word a class/id attribute carries, or null. */
function furnitureWord(attr: string): string | null {
  for (const token of attr.toLowerCase().split(/\s+/)) {
    if (token.length === 0) continue;
    if (FURNITURE_WORDS.has(token)) return token;
    const m = /(?:--|__|[-_])([a-z]+(?:-[a-z]+)?)$/.exec(token);
    if (m && FURNITURE_WORDS.has(m[1])) return m[1];
    const last = /[-_]([a-z]+)$/.exec(token);
    if (last && FURNITURE_WORDS.has(last[1])) return last[1];
  }
  return null;
}

type Doc = ReturnType<typeof parseHTML>['document'];

function stripChrome(document: Doc, removed: Removal[]): void {
  for (const el of Array.from(document.querySelectorAll(NEVER_TEXT))) el.remove();
  const bodyChars = document.body?.textContent?.length ?? 0;
  for (const el of Array.from(document.querySelectorAll(USUALLY_CHROME))) {
    if (!el.isConnected) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > bodyChars * FURNITURE_MAX_SHARE) continue;
    if (text.length > 0 && text.length <= 300) removed.push({ text, reason: `page-chrome (${el.tagName.toLowerCase()})` });
    el.remove();
  }
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    const tag = el.tagName;
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') continue;
    const word = furnitureWord(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    if (word === null || !el.isConnected) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > bodyChars * FURNITURE_MAX_SHARE) continue;
    let long = 0;
    for (const p of Array.from(el.querySelectorAll('p'))) if ((p.textContent ?? '').length >= CONTENT_PARAGRAPH_CHARS) long++;
    if (long >= 3) continue;
    if (text.length > 0 && text.length <= 300) removed.push({ text, reason: `page-furniture (${word})` });
    el.remove();
  }
}

/** Drops blocks that are navigation, widgets or repeats; records each with its reason. */
function keepBlocks(blocks: Block[], removed: Removal[]): string[] {
  const script = dominantScript(scriptCounts(blocks.map((b) => b.text).join(' ')));
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const b of blocks) {
    if (b.text.length <= LINK_BLOCK_MAX_CHARS && b.linkChars >= b.text.length * LINK_DENSITY) {
      removed.push({ text: b.text, reason: 'link-list' });
      continue;
    }
    const reason = junkReason(b.text, script);
    if (reason) {
      removed.push({ text: b.text, reason });
      continue;
    }
    if (b.text.length >= DUPLICATE_MIN_CHARS && seen.has(b.text)) {
      removed.push({ text: b.text, reason: 'duplicate-block' });
      continue;
    }
    seen.add(b.text);
    kept.push(b.text);
  }
  return kept;
}

/**
 * The measured HTML path (docs/quality/reading.md): the page's own metadata (JSON-LD, OpenGraph,
 * meta, <time>), chrome stripped by tag and by class/id words, Readability for the main content,
 * the content walked block by block so paragraphs stay apart, and widget, link-list and repeated
 * blocks dropped with reasons. When Readability finds too little, the page's long paragraphs.
 */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  const removed: Removal[] = [];
  const flags: Flag[] = [];
  const { document } = parseHTML(html);
  const hints = metaHints(document as never);
  stripChrome(document, removed);
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  let kept: string[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    kept = keepBlocks(domBlocks(content.body as never), removed);
  }
  let text = kept.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) {
    const { document: again } = parseHTML(html);
    const scratch: Removal[] = [];
    stripChrome(again, scratch);
    const blocks = again.body ? domBlocks(again.body as never).filter((b) => b.text.length >= FALLBACK_MIN_BLOCK) : [];
    const fallback = keepBlocks(blocks, scratch).join('\n\n');
    if (fallback.length > text.length) {
      text = fallback;
      flags.push({ code: 'extraction-fallback', message: 'the main-content extractor found too little; the page’s long paragraphs were used' });
    }
  }
  if (article?.title) hints.title ??= article.title;
  if (article?.siteName) hints.site ??= article.siteName;
  if (article?.byline) hints.author ??= article.byline;
  if (article?.publishedTime) hints.published ??= article.publishedTime;
  if (url) hints.url = url;
  return { text, hints, removed, flags };
}
