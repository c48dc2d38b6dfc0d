import { readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeRegExp } from '../text/escape-regexp.ts';

/**
 * A small glob: `*`, `?`, `[...]` (with `!`/`^` negation) within a path segment, `**` for any
 * number of folders, `{a,b}` alternatives (nested allowed). Hidden names match only a pattern
 * segment that itself starts with a dot. Matches are files, sorted.
 */

const MAGIC = /[*?[{]/;

export function hasGlobMagic(s: string): boolean {
  return MAGIC.test(s);
}

/** `{a,b}` alternatives expanded into separate patterns (innermost first, so nesting works). */
export function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, options } = open;
  const out: string[] = [];
  for (const o of options) out.push(...expandBraces(pattern.slice(0, start) + o + pattern.slice(end + 1)));
  return [...new Set(out)];
}

function findBrace(p: string): { start: number; end: number; options: string[] } | null {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') {
      i++;
      continue;
    }
    if (p[i] !== '{') continue;
    let depth = 0;
    const cuts: number[] = [];
    for (let j = i; j < p.length; j++) {
      const c = p[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          if (!cuts.length) break; // `{x}` without a comma is literal
          const bounds = [i, ...cuts, j];
          const options = bounds.slice(0, -1).map((b, k) => p.slice(b + 1, bounds[k + 1]));
          return { start: i, end: j, options };
        }
      } else if (c === ',' && depth === 1) cuts.push(j);
    }
  }
  return null;
}

/** One path segment's pattern as an anchored regex. */
export function segmentRegex(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '\\' && i + 1 < seg.length) re += escapeRegExp(seg[++i]);
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`);
}

interface State {
  dir: string;
  seg: number;
}

/** The files a pattern (without braces) matches, walking from its literal leading folders. */
async function globOne(pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const segs = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let baseParts: string[] = [];
  let i = 0;
  while (i < segs.length - 1 && !hasGlobMagic(segs[i])) baseParts.push(segs[i++]);
  if (absolute && baseParts[0] === '') baseParts = ['/', ...baseParts.slice(1)];
  const base = baseParts.length ? join(...baseParts) : '.';
  const rest = segs.slice(i);
  const regexes = rest.map((s) => (s === '**' ? null : segmentRegex(s)));
  const found = new Set<string>();
  const visited = new Set<string>();
  const stack: State[] = [{ dir: base, seg: 0 }];
  while (stack.length) {
    const { dir, seg } = stack.pop()!;
    const key = `${seg}\0${await realpath(dir).catch(() => dir)}`;
    if (visited.has(key)) continue; // symlink loops, and `**` reaching one folder twice
    visited.add(key);
    const isLast = seg === rest.length - 1;
    const re = regexes[seg];
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    if (re === null) {
      // `**`: zero folders (try the next segment here) or one more folder (stay on `**`).
      if (isLast) {
        for (const e of entries) if (!e.name.startsWith('.') && isFileLike(e)) found.add(joinRel(dir, e.name));
      } else stack.push({ dir, seg: seg + 1 });
      for (const e of entries) if (!e.name.startsWith('.') && isDirLike(e)) stack.push({ dir: joinRel(dir, e.name), seg });
      continue;
    }
    const dotOk = rest[seg].startsWith('.');
    for (const e of entries) {
      if (e.name.startsWith('.') && !dotOk) continue;
      if (!re.test(e.name)) continue;
      const p = joinRel(dir, e.name);
      if (isLast) {
        if (isFileLike(e)) found.add(p);
      } else if (isDirLike(e)) stack.push({ dir: p, seg: seg + 1 });
    }
  }
  return [...found];
}

interface EntryLike {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

// Symbolic links are followed; the reader reports a link to nothing as missing.
function isFileLike(e: EntryLike): boolean {
  return e.isFile() || e.isSymbolicLink();
}
function isDirLike(e: EntryLike): boolean {
  return e.isDirectory() || e.isSymbolicLink();
}

function joinRel(dir: string, name: string): string {
  return dir === '.' ? name : join(dir, name);
}

/** Every file any alternative of the pattern matches, sorted and without duplicates. */
export async function glob(pattern: string): Promise<string[]> {
  const all = new Set<string>();
  for (const p of expandBraces(pattern)) for (const f of await globOne(p)) all.add(f);
  return [...all].sort();
}
