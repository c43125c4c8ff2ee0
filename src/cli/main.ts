#!/usr/bin/env node
/** @module The molehunt executable: runs the CLI on the process's arguments and streams. */
import { processIO } from './io.js';
import { run } from './program.js';

// A closed pipe (`molehunt events --json | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), processIO());
