#!/usr/bin/env node
// The published entry point: the compiled CLI. `npm install` in a clone builds it (the `prepare` script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('molehunt: dist/ is missing. Run `npm install` (or `npm run build`) in the molehunt folder first.');
  process.exit(1);
}
await import(entry.href);
