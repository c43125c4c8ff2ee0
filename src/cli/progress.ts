import cliProgress from 'cli-progress';
import type { CliIO } from './io.js';

/** A progress display on stderr; a no-op when stderr is not a terminal. */
export interface Progress {
  start(total: number, label: string): void;
  update(value: number): void;
  stop(): void;
}

const noop: Progress = { start() {}, update() {}, stop() {} };

/**
 * A byte-based progress bar for long work. It only draws on an interactive terminal, so piped
 * output and CI logs stay clean (MOLEHUNT_NO_PROGRESS=1 or --quiet turns it off too).
 */
export function createProgress(io: CliIO, quiet = false): Progress {
  if (quiet || !io.stderr.isTTY || io.env.MOLEHUNT_NO_PROGRESS) return noop;
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: '{label} [{bar}] {percentage}% | {done}/{size} MB | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
  let total = 0;
  return {
    start(size, label) {
      total = size;
      bar.start(size, 0, { label, done: mb(0), size: mb(size) });
    },
    update(value) {
      bar.update(Math.min(value, total), { done: mb(value) });
    },
    stop() {
      bar.stop();
    },
  };
}
