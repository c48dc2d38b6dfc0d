import { BLOCK_TAGS } from './patterns.ts';

/** One paragraph-like run of text from the DOM, with how much of it is link text. */
export interface Block {
  text: string;
  linkChars: number;
  tag: string;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const WS = /\s+/g;

/**
 * The text of a DOM subtree as blocks: every block-level element and <br> starts a new one, so
 * paragraphs do not run together the way `textContent` joins them.
 */
export function domBlocks(root: DomNode): Block[] {
  const out: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let tag = 'P';
  const flush = (): void => {
    const text = parts.join('').replace(WS, ' ').trim();
    if (text.length > 0) out.push({ text, linkChars: Math.min(linkChars, text.length), tag });
    parts = [];
    linkChars = 0;
  };
  const visit = (node: DomNode, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      parts.push(t);
      if (inLink) linkChars += t.replace(WS, ' ').trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      flush();
      return;
    }
    // Table cells stay on their row's line, apart by a space.
    if (name === 'TD' || name === 'TH') parts.push(' ');
    const block = BLOCK_TAGS.has(name);
    if (block) {
      flush();
      tag = name;
    }
    const link = inLink || name === 'A';
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) visit(children[i], link);
    if (block) {
      flush();
      tag = 'P';
    }
  };
  visit(root, false);
  flush();
  return out;
}
