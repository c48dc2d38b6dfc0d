import type { Flag, Removal, SourceHints } from '../core/index.ts';
import type { InputOrigin, ReaderOutcome } from './options.ts';
import { inputError, makeDocument } from './make-document.ts';
import { decodeEntities } from './html-entities.ts';
import { HEADER_LINE } from './patterns.ts';

/**
 * Markdown to plain text as a reader would see it rendered: headings, list items, table rows and
 * the optional first-line header (a date or hashtags) each a line; soft-wrapped paragraph lines
 * joined; links reduced to their text; images dropped with a removal record; front matter read
 * into hints.
 */

export interface MarkdownText {
  text: string;
  removed: Removal[];
  hints: SourceHints;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FRONT_MATTER_KEYS: Readonly<Record<string, keyof SourceHints>> = {
  title: 'title', headline: 'title',
  date: 'published', published: 'published', pubdate: 'published',
  author: 'author', authors: 'author', byline: 'author',
  source: 'outlet', outlet: 'outlet', publisher: 'outlet',
  url: 'url', link: 'url', canonical: 'url',
  lang: 'language', language: 'language', site: 'site',
};

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REF_DEF = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const QUOTE = /^ {0,3}>[ \t]?/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})([.)])[ \t]+(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HARD_BREAK = /(?: {2,}|\\)$/;

// Spans are bounded (one line, at most 500 characters) so an unclosed marker on a long line costs
// linear time, not quadratic.
// Escaped characters are parked in the private use area so no rule below reads them as markup.
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;
const PARKED = /[\uE000-\uE07F]/g;
const CODE = /(`+)([^\n]{0,500}?[^`\n])\1(?!`)/g;
const IMAGE = /!\[([^[\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|!\[([^[\]\n]*)\]\[[^[\]\n]*\]/g;
const LINK = /\[([^[\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|\[([^[\]\n]+)\]\[[^[\]\n]*\]/g;
const AUTOLINK = /<((?:https?|ftp|mailto):[^>\s]+)>/gi;
const STRIKE = /~~(?=\S)([^\n]{0,500}?\S)~~/g;
const STRONG_STAR = /\*\*(?=\S)([^\n]{0,500}?\S)\*\*/g;
const STRONG_UNDER = /(^|[^\p{L}\p{N}_])__(?=\S)([^\n]{0,500}?\S)__(?![\p{L}\p{N}_])/gu;
const EM_STAR = /(^|[^\p{L}\p{N}*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\p{L}\p{N}*])/gu;
const EM_UNDER = /(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}_])/gu;
const INLINE_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/** Characters any inline rule starts with; a line without them skips the rules. */
const INLINE_MARKUP = /[[\]*_`~<&\\!]/;

function inline(s: string, removed: Removal[]): string {
  if (!INLINE_MARKUP.test(s)) return s.replace(/[ \t]{2,}/g, ' ').trim();
  let out = s.replace(ESCAPE, (_m, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
  out = out.replace(CODE, (_m, _ticks: string, code: string) => code.trim());
  out = out.replace(IMAGE, (_m, alt?: string, url?: string, refAlt?: string) => {
    const label = (alt ?? refAlt ?? '').trim() || url || 'image';
    removed.push({ text: label, reason: 'image' });
    return '';
  });
  out = out.replace(LINK, (_m, text?: string, refText?: string) => text ?? refText ?? '');
  out = out.replace(AUTOLINK, '$1');
  out = out.replace(STRIKE, '$1').replace(STRONG_STAR, '$1').replace(STRONG_UNDER, '$1$2');
  out = out.replace(EM_STAR, '$1$2').replace(EM_UNDER, '$1$2');
  out = out.replace(/<br\s*\/?>/gi, ' ').replace(INLINE_TAG, '');
  out = decodeEntities(out);
  return out.replace(PARKED, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000)).replace(/[ \t]{2,}/g, ' ').trim();
}

function readFrontMatter(md: string, hints: SourceHints, removed: Removal[]): string {
  const m = FRONT_MATTER.exec(md);
  if (!m) return md;
  let any = false;
  for (const line of m[1].split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = FRONT_MATTER_KEYS[kv[1].toLowerCase()];
    const value = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    any = true;
    if (key && value && !hints[key]) hints[key] = value;
  }
  // A leading `---` line that is not key/value front matter is a rule; leave it to the body rules.
  if (!any) return md;
  removed.push({ text: m[0].trim(), reason: 'front-matter' });
  return md.slice(m[0].length);
}

export function markdownToText(markdown: string): MarkdownText {
  const removed: Removal[] = [];
  const hints: SourceHints = {};
  const body = readFrontMatter(markdown, hints, removed);
  const lines = body.split('\n');
  const out: string[] = [];
  let para: string[] = [];
  let fence: string | null = null;
  let sawContent = false;
  let lastWasItem = false;

  const flush = () => {
    if (para.length) out.push(para.join(''));
    para = [];
  };
  const blank = () => {
    flush();
    if (out.length && out[out.length - 1] !== '') out.push('');
  };
  const line = (s: string) => {
    flush();
    if (s) out.push(s);
  };

  for (const rawLine of lines) {
    if (fence !== null) {
      if (rawLine.trimStart().startsWith(fence)) {
        fence = null;
        blank();
      } else out.push(rawLine);
      continue;
    }
    const fenceOpen = FENCE.exec(rawLine);
    if (fenceOpen) {
      blank();
      fence = fenceOpen[1];
      continue;
    }
    const l = rawLine.replace(QUOTE, '').replace(QUOTE, '');
    if (!l.trim()) {
      blank();
      lastWasItem = false;
      continue;
    }
    if (!sawContent) {
      sawContent = true;
      if (HEADER_LINE.test(l)) {
        line(l.trim());
        continue;
      }
    }
    if (SETEXT.test(l) && para.length) {
      // The paragraph above is a heading: it becomes its own line.
      const heading = para.join('');
      para = [];
      line(heading);
      if (!hints.title && out.filter((x) => x).length === 1) hints.title = heading;
      continue;
    }
    if (RULE.test(l)) {
      blank();
      continue;
    }
    if (REF_DEF.test(l)) continue;
    const atx = ATX.exec(l);
    if (atx) {
      const heading = inline(atx[2] ?? '', removed);
      line(heading);
      if (heading && !hints.title && atx[1].length <= 2) hints.title = heading;
      lastWasItem = false;
      continue;
    }
    const bullet = BULLET.exec(l);
    if (bullet) {
      line(`- ${inline(bullet[1], removed)}`);
      lastWasItem = true;
      continue;
    }
    const ordered = ORDERED.exec(l);
    if (ordered && (lastWasItem || para.length === 0)) {
      line(`${ordered[1]}${ordered[2]} ${inline(ordered[3], removed)}`);
      lastWasItem = true;
      continue;
    }
    if (TABLE_ROW.test(l)) {
      if (TABLE_RULE.test(l)) continue;
      const cells = l.trim().replace(/^\||\|$/g, '').split('|').map((c) => inline(c, removed));
      line(cells.join(' | '));
      continue;
    }
    if (lastWasItem && /^\s{2,}\S/.test(rawLine)) {
      // A lazy continuation of the list item above.
      out[out.length - 1] += ` ${inline(l, removed)}`;
      continue;
    }
    lastWasItem = false;
    const hard = HARD_BREAK.test(l);
    const text = inline(l.replace(HARD_BREAK, ''), removed);
    if (!text) continue;
    if (para.length && !para[para.length - 1].endsWith('\n')) para.push(' ');
    para.push(hard ? `${text}\n` : text);
  }
  flush();
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, removed, hints };
}

export function readMarkdown(markdown: string, origin: InputOrigin, flags: Flag[] = []): ReaderOutcome {
  const { text, removed, hints } = markdownToText(markdown);
  if (!text) {
    const why = /\S/.test(markdown) ? 'no readable text after removing Markdown markup' : 'contains only whitespace';
    return { documents: [], errors: [inputError(origin.input, /\S/.test(markdown) ? 'no-text' : 'empty', why)] };
  }
  return { documents: [makeDocument(origin, null, { format: 'markdown', raw: markdown, text, hints, flags, removed })], errors: [] };
}
