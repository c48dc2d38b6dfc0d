import { Worker } from 'node:worker_threads';
import type { Doc, RawDocument } from './document.ts';
import type { StageContext } from './stage.ts';

export interface WorkerPoolOptions {
  stagesModule: string;
  workers: number;
  context: StageContext;
  onDocumentDone?: (done: number, total: number) => void;
}

/** Messages between the pool and its workers (see worker.ts). */
export type ToWorker =
  | { type: 'init'; stagesModule: string; context: StageContext }
  | { type: 'batch'; offset: number; raws: RawDocument[] }
  | { type: 'stop' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; offset: number; docs: Doc[] }
  | { type: 'fatal'; message: string };

// Small batches keep both workers busy to the end; large ones cut message overhead.
const BATCH = 16;

/**
 * Runs the per-document stages over many documents on worker threads, keeping input order.
 * The entry is plain JavaScript that registers tsx itself, so this works whether the process was
 * started through `node --import tsx` or the `triangulate` bin.
 */
export function runDocStagesInWorkers(raws: readonly RawDocument[], options: WorkerPoolOptions): Promise<Doc[]> {
  const results: Doc[] = new Array<Doc>(raws.length);
  let next = 0;
  let done = 0;
  const entry = new URL('./worker-entry.js', import.meta.url);
  const count = Math.max(1, Math.min(options.workers, Math.ceil(raws.length / BATCH)));

  return new Promise<Doc[]>((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = false;
    const fail = (err: Error): void => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      reject(err);
    };
    const feed = (worker: Worker): void => {
      if (next >= raws.length) {
        worker.postMessage({ type: 'stop' } satisfies ToWorker);
        return;
      }
      const offset = next;
      next = Math.min(raws.length, next + BATCH);
      worker.postMessage({ type: 'batch', offset, raws: raws.slice(offset, next) } satisfies ToWorker);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(entry, { execArgv: [] });
      workers.push(worker);
      worker.on('message', (msg: FromWorker) => {
        if (msg.type === 'ready') feed(worker);
        else if (msg.type === 'fatal') fail(new Error(`worker failed: ${msg.message}`));
        else {
          msg.docs.forEach((doc, j) => {
            results[msg.offset + j] = doc;
            done++;
            options.onDocumentDone?.(done, raws.length);
          });
          if (done === raws.length && !finished) {
            finished = true;
            for (const w of workers) w.postMessage({ type: 'stop' } satisfies ToWorker);
            resolve(results);
          } else feed(worker);
        }
      });
      worker.on('error', fail);
      worker.postMessage({ type: 'init', stagesModule: options.stagesModule, context: options.context } satisfies ToWorker);
    }
  });
}
