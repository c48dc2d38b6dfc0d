import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { InputError } from '../core/index.ts';
import { FOLDER_EXTENSIONS } from './patterns.ts';
import { glob, hasGlobMagic } from './glob.ts';
import { inputError } from './make-document.ts';
import { describeFsError } from './read-file.ts';

/**
 * The user's inputs as a flat, ordered list of things to read: files (from paths, folders walked
 * recursively, globs), URLs, stdin, and errors for inputs that name nothing. A file reached twice
 * (a folder and a file in it) is read once.
 */

export type InputItem =
  | { kind: 'file'; path: string; /** Named by the user rather than found in a folder or glob. */ explicit: boolean }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'error'; error: InputError };

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const HTTP = /^https?:\/\//i;

/** A folder's own notes (README.md) describe the reports; they are not one of them. */
const FOLDER_NOTES = /^readme(?:\.[a-z]+)?$/i;

function readable(name: string): boolean {
  return FOLDER_EXTENSIONS.has(extname(name).toLowerCase());
}

/** Files under a folder, depth first in name order, hidden entries and symlink loops skipped. */
async function walk(root: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    const real = await realpath(dir).catch(() => dir);
    if (seen.has(real)) continue;
    seen.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const st = await stat(p).catch(() => null);
        isDir = !!st?.isDirectory();
        isFile = !!st?.isFile();
      }
      if (isDir) subdirs.push(p);
      else if (isFile && readable(e.name) && !FOLDER_NOTES.test(e.name)) out.push(p);
    }
    // Reversed so the stack pops them in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
  return out;
}

export async function expandInputs(inputs: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  const seenFiles = new Set<string>();
  let stdinSeen = false;
  const seenUrls = new Set<string>();
  const addFile = async (path: string, explicit: boolean) => {
    const real = await realpath(path).catch(() => path);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    items.push({ kind: 'file', path, explicit });
  };
  for (const raw of inputs) {
    const input = raw.trim();
    if (!input) {
      items.push({ kind: 'error', error: inputError(raw, 'not-found', 'empty input name') });
      continue;
    }
    if (input === '-') {
      if (!stdinSeen) items.push({ kind: 'stdin' });
      stdinSeen = true;
      continue;
    }
    if (HTTP.test(input)) {
      if (!seenUrls.has(input)) items.push({ kind: 'url', url: input });
      seenUrls.add(input);
      continue;
    }
    if (URL_LIKE.test(input)) {
      items.push({ kind: 'error', error: inputError(input, 'unsupported', `only http and https URLs are read, not ${input.split(':')[0]}:`) });
      continue;
    }
    const st = await stat(input).catch((err: unknown) => err as NodeJS.ErrnoException);
    if (!(st instanceof Error)) {
      if (st.isDirectory()) {
        const files = await walk(input);
        if (!files.length) items.push({ kind: 'error', error: inputError(input, 'no-text', 'the folder contains no readable files (.txt, .md, .html, .json, .jsonl, .xml ...)') });
        for (const f of files) await addFile(f, false);
      } else await addFile(input, true);
      continue;
    }
    if (st.code !== 'ENOENT' || !hasGlobMagic(input)) {
      items.push({ kind: 'error', error: inputError(input, 'not-found', describeFsError(st)) });
      continue;
    }
    const matches = await glob(input);
    let added = 0;
    for (const m of matches) {
      if (!readable(m)) continue;
      const mst = await stat(m).catch(() => null);
      if (!mst?.isFile()) continue;
      await addFile(m, false);
      added++;
    }
    if (!added) items.push({ kind: 'error', error: inputError(input, 'not-found', matches.length ? 'no readable files match the pattern' : 'no files match the pattern') });
  }
  return items;
}
