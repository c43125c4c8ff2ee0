import assert from 'node:assert/strict';
import { test } from 'node:test';
import { installed, ran } from '../test-support/endpoint-fixtures.js';
import { executableName, softwareMatcher } from './software-match.js';

test('executable names: basename of Windows or POSIX paths, lower case, without .exe/.bin', () => {
  assert.deepEqual(
    ['C:\\Program Files\\AnyDesk\\AnyDesk.exe', '/usr/NX/bin/nxserver.bin', 'Move Mouse.exe', '/opt/x/teamviewerd'].map(executableName),
    ['anydesk', 'nxserver', 'move mouse', 'teamviewerd'],
  );
});

test('a matcher finds by process, pattern or package, honours windowsOnly, and skips browser extensions', () => {
  const match = softwareMatcher([
    { name: 'Tool', processes: ['tool'], processPatterns: [/^toolhelper/], packages: [/^tool suite\b/], source: 'test' },
    { name: 'WinOnly', processes: ['caffeine'], packages: [/^caffeine\b/], source: 'test', windowsOnly: true },
  ]);
  const at = '2026-10-01T00:00:00Z';
  assert.equal(match(ran('a', at, '/usr/bin/tool'))?.via, 'process');
  assert.equal(match(ran('a', at, 'C:\\x\\ToolHelper64.exe'))?.signature.name, 'Tool');
  assert.equal(match(installed('a', at, 'Tool Suite 2'))?.via, 'package');
  assert.equal(match(installed('a', at, 'Tool Suite', 'chrome_extension')), undefined);
  assert.equal(match(installed('a', at, 'Caffeine'))?.signature.name, 'WinOnly');
  assert.equal(match(installed('a', at, 'Caffeine', 'macos_app')), undefined);
  assert.equal(match(ran('a', at, '/Applications/Caffeine.app/Contents/MacOS/Caffeine')), undefined);
  assert.equal(match(installed('a', at, 'Toolbox')), undefined);
});
