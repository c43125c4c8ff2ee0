import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { installed, ran } from '../test-support/endpoint-fixtures.js';
import { REMOTE_ACCESS_TOOLS, remoteAccessToolOf, sanctionedSpellings, toolNamed, unknownSanctionedNames } from './remote-access-catalog.js';
import { executableName } from './software-match.js';

const LOLRMM = join(import.meta.dirname, '../../../shared/data/lolrmm/rmm_tools.csv');

const toolOf = (e: Parameters<typeof remoteAccessToolOf>[0]) => remoteAccessToolOf(e)?.signature.name;

describe('remote-access catalog', () => {
  test('processes by basename on Windows, macOS and Linux; packages by registered name', () => {
    assert.equal(toolOf(ran('a', '2026-10-01T00:00:00Z', 'C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe')), 'AnyDesk');
    assert.equal(toolOf(ran('a', '2026-10-01T00:00:00Z', '/opt/google/chrome-remote-desktop/chrome-remote-desktop-host')), 'Chrome Remote Desktop');
    assert.equal(toolOf(ran('a', '2026-10-01T00:00:00Z', 'C:\\Program Files (x86)\\GoTo Resolve Unattended\\GoToResolveProcessChecker.exe')), 'GoTo Resolve');
    assert.equal(toolOf(installed('a', '2026-10-01T00:00:00Z', 'TeamViewer 15')), 'TeamViewer');
    assert.equal(toolOf(installed('a', '2026-10-01T00:00:00Z', 'com.philandro.anydesk', 'macos_app')), 'AnyDesk');
    assert.equal(toolOf(installed('a', '2026-10-01T00:00:00Z', 'x11vnc', 'deb')), 'x11vnc');
    assert.equal(toolOf(installed('a', '2026-10-01T00:00:00Z', 'Remote Utilities - Host')), 'Remote Utilities');
  });

  test('names that merely start alike do not match', () => {
    for (const name of ['AnyDeskTop Wallpaper', 'Parsec Gaming Mouse Driver', 'Supremo Pizza Timer', 'TightVNC Viewer Portable'.replace('TightVNC', 'xtightvnc'), 'Logmein Hamachi']) {
      assert.equal(toolOf(installed('a', '2026-10-01T00:00:00Z', name)), undefined, name);
    }
    assert.equal(toolOf(installed('a', '2026-10-01T00:00:00Z', 'AnyDesk', 'chrome_extension')), undefined, 'browser extensions are not hosts');
  });

  test('config names resolve through aliases, and unknown names are reported', () => {
    assert.equal(toolNamed(' connectwise control ')?.name, 'ScreenConnect');
    const spell = sanctionedSpellings(['ConnectWise Control', 'ScreenConnect', 'Acme']);
    assert.equal(spell.get(toolNamed('ScreenConnect')!), 'ConnectWise Control', 'the first spelling the config used');
    assert.deepEqual(unknownSanctionedNames(['TeamViewer', 'Acme']), ['Acme']);
  });

  test('every row says where its names come from, and names are unique', () => {
    const names = REMOTE_ACCESS_TOOLS.flatMap((t) => [t.name, ...t.aliases].map((n) => n.toLowerCase()));
    assert.equal(new Set(names).size, names.length);
    const processes = REMOTE_ACCESS_TOOLS.flatMap((t) => t.processes);
    assert.equal(new Set(processes).size, processes.length);
    for (const t of REMOTE_ACCESS_TOOLS) assert.ok(t.source.length > 10 && t.processes.every((p) => p === p.toLowerCase()), t.name);
  });

  test('our process names agree with LOLRMM wherever LOLRMM lists executables', { skip: existsSync(LOLRMM) ? false : '../shared/data/lolrmm not present' }, () => {
    const rows = parse(readFileSync(LOLRMM), { columns: true }) as Record<string, string>[];
    const disagreements: string[] = [];
    let compared = 0;
    for (const tool of REMOTE_ACCESS_TOOLS) {
      if (tool.processes.length + (tool.processPatterns?.length ?? 0) === 0) continue;
      const names = [tool.name, ...tool.aliases].map((n) => n.toLowerCase());
      const theirs = rows
        .filter((r) => names.some((n) => r.Name!.toLowerCase() === n || r.Name!.toLowerCase().startsWith(`${n} (`)))
        .flatMap((r) => [r.InstallationPaths, r.Filename, r.OriginalFileName].join(',').split(/,\s*/))
        .filter((p) => /\.exe$/i.test(p) && !p.includes('*'))
        .map(executableName);
      if (theirs.length === 0) continue;
      compared++;
      const ours = (exe: string) => tool.processes.includes(exe) || (tool.processPatterns ?? []).some((r) => r.test(exe));
      if (!theirs.some(ours)) disagreements.push(`${tool.name}: ours ${tool.processes.join('/')} vs LOLRMM ${theirs.join('/')}`);
    }
    assert.ok(compared >= 10, `compared only ${compared} tools`);
    assert.deepEqual(disagreements, []);
  });
});
