import { OUTLET_ALIASES } from './patterns.ts';

/** A comparable key for an outlet name: case, leading "the", punctuation and known short forms folded. */
export function outletKey(name: string): string {
  const k = name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
  return OUTLET_ALIASES[k] ?? OUTLET_ALIASES[`the ${k}`] ?? k;
}
