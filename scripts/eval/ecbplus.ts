// Reads ECB+ CAT XML documents: tokens in <token> elements, sentence numbers as attributes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EcbDocument {
  id: string;
  topic: string;
  /** `ecb` or `ecbplus`: which of the topic's two events the document reports. */
  event: 'ecb' | 'ecbplus';
  text: string;
}

const TOKEN = /<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g;

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function readEcbDocument(xml: string): string {
  const sentences: string[][] = [];
  for (const m of xml.matchAll(TOKEN)) {
    const s = Number(m[1]);
    (sentences[s] ??= []).push(decode(m[2]));
  }
  return sentences
    .filter(Boolean)
    .map((toks) => toks.join(' ').replace(/\s+([.,;:!?)'’])/g, '$1').replace(/([(])\s+/g, '$1'))
    .join('\n');
}

export function readEcbPlus(dir: string): EcbDocument[] {
  const out: EcbDocument[] = [];
  for (const topic of readdirSync(dir).sort((a, b) => Number(a) - Number(b))) {
    if (!/^\d+$/.test(topic)) continue;
    for (const file of readdirSync(join(dir, topic)).sort()) {
      const m = /^(\d+)_(\d+)(ecb|ecbplus)\.xml$/.exec(file);
      if (!m) continue;
      out.push({
        id: file,
        topic,
        event: m[3] as 'ecb' | 'ecbplus',
        text: readEcbDocument(readFileSync(join(dir, topic, file), 'utf8')),
      });
    }
  }
  return out;
}
