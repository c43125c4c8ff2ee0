import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { UsageError } from './errors.js';
import type { Input } from './open-input.js';

/** Extensions read when a directory is given; other files in it are listed as skipped. */
export const DATA_EXTENSIONS = new Set(['.json', '.ndjson', '.jsonl', '.log', '.csv']);

/** Files to ingest, and files a directory walk passed over. */
export interface InputFiles {
  files: Input[];
  skipped: string[];
}

/**
 * A data file by name, for directory walks: a data extension, optionally gzipped (`okta.ndjson.gz`;
 * not `archive.tar.gz`). A file named explicitly is read whatever its name.
 */
export function isDataFile(name: string): boolean {
  const lower = name.toLowerCase();
  return DATA_EXTENSIONS.has(extname(lower.endsWith('.gz') ? lower.slice(0, -3) : lower));
}

/**
 * Expands the paths the user named: files as given, directories walked (sorted, hidden entries
 * skipped). A named path that does not exist or cannot be read is a usage error.
 */
export function expandInputs(paths: readonly string[], cwd: string): InputFiles {
  const out: InputFiles = { files: [], skipped: [] };
  const display = (absolute: string) => {
    const rel = relative(cwd, absolute);
    return rel.startsWith('..') ? absolute : rel;
  };
  // An entry that cannot be read (a dangling symlink, no permission) is the user's to fix, not a bug.
  const unreadable = (path: string, error: unknown) => new UsageError(`cannot read ${display(path)}: ${(error as Error).message}.`);
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let names: string[];
    try {
      const real = realpathSync(dir);
      if (seen.has(real)) return; // a symlink back to a directory already walked
      seen.add(real);
      names = readdirSync(dir).sort();
    } catch (error) {
      throw unreadable(dir, error);
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch (error) {
        throw unreadable(path, error);
      }
      if (stat.isDirectory()) walk(path);
      else if (isDataFile(name)) out.files.push({ path, display: display(path), size: stat.size });
      else out.skipped.push(display(path));
    }
  };
  for (const given of paths) {
    if (given === '-') {
      if (out.files.some((f) => f.path === '-')) throw new UsageError('standard input (-) can be named only once.');
      out.files.push({ path: '-', display: 'stdin', size: 0 });
      continue;
    }
    const path = resolve(cwd, given);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`cannot read ${given}: no such file or directory.`);
    }
    if (stat.isDirectory()) walk(path);
    else out.files.push({ path, display: display(path), size: stat.size });
  }
  if (out.files.length === 0) {
    throw new UsageError(`no data files found in ${paths.join(', ')} (looked for ${[...DATA_EXTENSIONS].join(', ')}, and the same with .gz).`);
  }
  return out;
}
