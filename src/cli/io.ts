/** The streams and environment a command may touch, so tests can pass fakes instead of mocking globals. */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Standard input, for `ingest -` (defaults to the process's). */
  stdin?: NodeJS.ReadableStream;
}

/** The real process streams. */
export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Writes one line to stderr (status, never data). */
export function status(io: CliIO, line: string): void {
  io.stderr.write(`${line}\n`);
}
