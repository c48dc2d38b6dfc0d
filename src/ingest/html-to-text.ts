import { parseHTML } from 'linkedom';
import { decodeEntities } from './html-entities.ts';
import { FLAT_ELEMENTS, MAX_HTML_DEPTH } from './patterns.ts';

/**
 * Block-aware text of an HTML fragment (feed content, JSON fields): paragraphs separated by blank
 * lines, `<br>` as a line break, scripts and styles dropped. No boilerplate removal: the fragments
 * this is for are already the article. Full pages go through extractArticle instead.
 */

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'select', 'button']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'address', 'details', 'summary', 'form', 'fieldset', 'center',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Wraps a fragment so the parser puts it in a body. */
export function wrapFragment(html: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
}

export function isFragment(html: string): boolean {
  return !/<html[\s>]|<body[\s>]/i.test(html);
}

const RAW_TEXT = /<(script|style|noscript|template)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<(\/?)([A-Za-z][\w:-]*)[^<>]*?(\/?)>/g;

/** The deepest element nesting, counted on tags alone (linear; script and style bodies skipped). */
export function nestingDepth(html: string): number {
  const body = html.replace(RAW_TEXT, '');
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
    const name = m[2].toLowerCase();
    if (FLAT_ELEMENTS.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

export function tooDeep(html: string): boolean {
  return nestingDepth(html) > MAX_HTML_DEPTH;
}

const BLOCK_TAG = new RegExp(`<\\/?(?:${[...BLOCK].join('|')}|br)\\b[^<>]*>`, 'gi');

/** Text without a DOM, for HTML too deep to parse: block tags become breaks, other tags vanish. */
export function stripTags(html: string): string {
  return decodeEntities(
    html
      .replace(RAW_TEXT, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(BLOCK_TAG, '\n\n')
      .replace(/<[^<>]*>/g, ''),
  )
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlToText(html: string): string {
  if (tooDeep(html)) return stripTags(html);
  const { document } = parseHTML(isFragment(html) ? wrapFragment(html) : html);
  const root = (document.body ?? document.documentElement) as unknown as DomNode | null;
  if (!root) return '';
  const parts: string[] = [];
  // Iterative walk: deep or hostile nesting must not overflow the stack.
  const stack: Array<DomNode | string> = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT || item.nodeType === CDATA) {
      parts.push((item.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (item.nodeType !== ELEMENT) continue;
    const name = item.nodeName.toLowerCase();
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      parts.push('\n');
      continue;
    }
    const block = BLOCK.has(name);
    if (block) parts.push('\n\n');
    if (block) stack.push('\n\n');
    const kids = item.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts
    .join('')
    .replace(/[ \t\u00A0]*\n[ \t\u00A0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
