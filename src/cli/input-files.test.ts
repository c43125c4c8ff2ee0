import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { UsageError } from './errors.js';
import { expandInputs } from './input-files.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mh-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function touch(relative: string, content = '{}\n'): string {
  const path = join(dir, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof UsageError, `a UsageError, not ${String(error)}`);
    return error.message;
  }
  assert.fail('expected a UsageError');
}

describe('expandInputs', () => {
  test('walks directories in sorted order, recursing, and lists other files as skipped', () => {
    touch('logs/b.ndjson');
    touch('logs/a.json');
    touch('logs/nested/c.csv', 'a,b\n');
    touch('logs/nested/deeper/d.JSONL');
    touch('logs/e.log');
    touch('logs/readme.txt', 'notes');
    touch('logs/archive.tar.gz', 'binary');
    const { files, skipped } = expandInputs(['logs'], dir);
    assert.deepEqual(
      files.map((f) => f.display),
      ['logs/a.json', 'logs/b.ndjson', 'logs/e.log', 'logs/nested/c.csv', 'logs/nested/deeper/d.JSONL'],
    );
    assert.deepEqual(skipped, ['logs/archive.tar.gz', 'logs/readme.txt']);
    assert.equal(files[0]!.path, join(dir, 'logs', 'a.json'));
    assert.equal(files[3]!.size, 4);
  });

  test('hidden files and directories are not walked', () => {
    touch('logs/.secret.json');
    touch('logs/.git/objects.json');
    touch('logs/visible.json');
    const { files, skipped } = expandInputs(['logs'], dir);
    assert.deepEqual(files.map((f) => f.display), ['logs/visible.json']);
    assert.deepEqual(skipped, []);
  });

  test('a file named explicitly is taken whatever its extension, in the order given', () => {
    touch('export.txt', 'x');
    touch('a.json');
    const { files } = expandInputs(['export.txt', 'a.json'], dir);
    assert.deepEqual(files.map((f) => f.display), ['export.txt', 'a.json']);
  });

  test('paths inside the working directory display relative, others absolute', () => {
    const inside = touch('in/a.json');
    const other = mkdtempSync(join(tmpdir(), 'mh-'));
    try {
      const outside = join(other, 'b.json');
      writeFileSync(outside, '{}');
      const { files } = expandInputs([inside, outside], dir);
      assert.deepEqual(files.map((f) => f.display), ['in/a.json', outside]);
      assert.deepEqual(files.map((f) => f.path), [inside, outside]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  test('a missing path is a usage error that names it', () => {
    touch('a.json');
    assert.equal(usageError(() => expandInputs(['a.json', 'missing.json'], dir)), 'cannot read missing.json: no such file or directory.');
  });

  test('a directory without data files is a usage error listing the extensions', () => {
    touch('docs/readme.md', '# hi');
    mkdirSync(join(dir, 'empty'));
    for (const paths of [['docs'], ['empty'], ['docs', 'empty']]) {
      const message = usageError(() => expandInputs(paths, dir));
      assert.match(message, new RegExp(`^no data files found in ${paths.join(', ')} \\(looked for \\.json, \\.ndjson, \\.jsonl, \\.log, \\.csv, and the same with \\.gz\\)\\.$`));
    }
  });

  test('a dangling symlink inside a directory is a usage error, not a crash', () => {
    touch('logs/a.json');
    symlinkSync(join(dir, 'gone.json'), join(dir, 'logs', 'broken.json'));
    assert.match(usageError(() => expandInputs(['logs'], dir)), /^cannot read logs\/broken\.json: ENOENT/);
  });

  test('a symlink cycle is walked once', () => {
    touch('logs/a.json');
    symlinkSync('..', join(dir, 'logs', 'up'));
    symlinkSync('.', join(dir, 'logs', 'self'));
    const { files } = expandInputs(['logs'], dir);
    assert.deepEqual(files.map((f) => f.display), ['logs/a.json']);
  });
});
