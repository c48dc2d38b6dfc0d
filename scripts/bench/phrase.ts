// A tiny phrase language for the synthetic reports, so one template line yields many wordings:
//   {slot}        a fact of the event or report (a name, a number, a day)
//   [a|b|c]       one of the alternatives, picked at random
//   [?a|b]        nothing half the time, otherwise one of the alternatives
// Brackets nest. Templates are parsed once and cached; expanding walks the parsed tree.

export type Rng = () => number;

type Part = string | { slot: string } | { choose: Part[][]; optional: boolean };

const parsed = new Map<string, Part[]>();

/** Parses `text` from `at` up to the closing `]` (or the end) into alternatives split at `|`. */
function parseSeq(text: string, at: number, nested: boolean): { alts: Part[][]; end: number } {
  const alts: Part[][] = [[]];
  let lit = '';
  let i = at;
  const flush = (): void => {
    if (lit) alts[alts.length - 1].push(lit);
    lit = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === ']' && nested) {
      flush();
      return { alts, end: i + 1 };
    }
    if (c === '|' && nested) {
      flush();
      alts.push([]);
      i++;
    } else if (c === '[') {
      flush();
      const optional = text[i + 1] === '?';
      const inner = parseSeq(text, i + (optional ? 2 : 1), true);
      alts[alts.length - 1].push({ choose: inner.alts, optional });
      i = inner.end;
    } else if (c === '{') {
      const close = text.indexOf('}', i);
      if (close < 0) throw new Error(`unclosed slot in: ${text}`);
      flush();
      alts[alts.length - 1].push({ slot: text.slice(i + 1, close) });
      i = close + 1;
    } else {
      lit += c;
      i++;
    }
  }
  if (nested) throw new Error(`unclosed [ in: ${text}`);
  flush();
  return { alts, end: i };
}

function parse(template: string): Part[] {
  let parts = parsed.get(template);
  if (!parts) {
    const { alts } = parseSeq(template, 0, false);
    if (alts.length !== 1) throw new Error(`top-level | in: ${template}`);
    parts = alts[0];
    parsed.set(template, parts);
  }
  return parts;
}

/** Appends one wording of `parts` to `acc`; returns whether an empty alternative was taken (so spaces need tidying). */
function walk(parts: Part[], rng: Rng, slots: Readonly<Record<string, string>>, acc: { s: string }): boolean {
  let empty = false;
  for (const p of parts) {
    if (typeof p === 'string') acc.s += p;
    else if ('slot' in p) {
      const v = slots[p.slot];
      if (v === undefined) throw new Error(`no value for slot {${p.slot}}`);
      acc.s += v;
    } else if (!p.optional || rng() < 0.5) {
      const alt = p.choose[Math.floor(rng() * p.choose.length)];
      if (alt.length === 0) empty = true;
      else if (walk(alt, rng, slots, acc)) empty = true;
    } else empty = true;
  }
  return empty;
}

/** One wording of `template`: alternatives picked with `rng`, slots filled, first letter capitalised, spaces tidied. */
export function expand(template: string, rng: Rng, slots: Readonly<Record<string, string>>): string {
  const acc = { s: '' };
  // Only a skipped part can leave a double space or a space before a stop: skip the regexes otherwise.
  let s = walk(parse(template), rng, slots, acc) ? acc.s.replace(/ {2,}/g, ' ').replace(/ ([,.])/g, '$1') : acc.s;
  s = s.trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
