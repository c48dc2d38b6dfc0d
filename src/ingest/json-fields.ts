import type { SourceHints } from '../core/index.ts';

/** The documented JSON record fields. The text field is the first of these that is present. */
export const TEXT_FIELDS = ['text', 'content', 'body'] as const;

/** Hint → the record fields it is read from, first match wins (the documented name first, then common aliases). */
export const RECORD_FIELDS: ReadonlyArray<readonly [keyof SourceHints, readonly string[]]> = [
  ['title', ['title', 'headline']],
  ['url', ['url', 'link', 'uri']],
  ['published', ['published', 'date', 'datePublished', 'publishedAt', 'pubDate']],
  ['outlet', ['source', 'outlet']],
  ['author', ['author', 'authors']],
  ['language', ['language', 'lang']],
  ['site', ['site']],
];

/** Object keys that usually wrap a collection (`{"data": [...]}`): named in the error as advice, never unwrapped silently. */
export const WRAPPER_KEYS = new Set(['data', 'items', 'articles', 'results', 'documents', 'docs', 'entries', 'posts', 'records', 'stories', 'news', 'hits', 'response', 'payload']);

/** A text field holding HTML goes through the HTML reader. */
export const LOOKS_LIKE_HTML = /<(?:p|div|br|span|a|article|section|h[1-6]|ul|ol|li|em|strong|b|i|img|figure|blockquote|table|html|body)\b[^<>]*>/i;
