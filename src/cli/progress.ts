/**
 * A one-line progress bar on stderr. It draws only when stderr is a terminal, so logs and pipes
 * stay clean, and redraws at most every 50 ms so it never slows the run.
 */
export interface Progress {
  update(label: string, done: number, total: number): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let drawn = false;
  return {
    update(label, done, total) {
      const now = Date.now();
      if (done < total && now - last < 50) return;
      last = now;
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 40));
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      stream.write(`\r${label.padEnd(10)} ${bar} ${done}/${total}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
