// The timeline of invented reports through the real pipeline, and how a test reads its entries.
import { buildPipeline, runPipeline } from '../../../core/index.ts';
import type { RawDocument, TimelineEntry } from '../../../core/index.ts';
import { createStages } from '../../index.ts';

/** A plain-text report published on a day. */
export function raw(id: string, published: string, text: string): RawDocument {
  return { id, source: id, format: 'text', raw: text, text, hints: { published }, flags: [], removed: [] };
}

/** The timeline the whole pipeline builds from the reports. */
export async function timeline(docs: RawDocument[]): Promise<TimelineEntry[]> {
  const corpus = await runPipeline(buildPipeline(createStages()), docs, { workers: 1 });
  return corpus.layers.timeline ?? [];
}

/** Each entry's day, type and the start of its summary: what an assertion shows when it fails. */
export const show = (t: readonly TimelineEntry[]): string => JSON.stringify(t.map((e) => [e.date, e.type, e.summary.slice(0, 60)]));

/** The entry cites a sentence holding these words. */
export const holds = (e: TimelineEntry, words: string): boolean => e.evidence.some((x) => x.text.includes(words));
