import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { rules } from '../catalog.generated.js';
import { ConfigSchema, loadConfig, type GlobalFlags } from './config.js';
import { UsageError } from './errors.js';
import type { CliIO } from './io.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mh-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function io(env: Record<string, string> = {}): CliIO {
  return { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false }, env, cwd: dir };
}

function load(flags: GlobalFlags = {}, env: Record<string, string> = {}) {
  return loadConfig(flags, io(env), rules);
}

function writeConfig(value: unknown, name = 'molehunt.config.json'): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

/** The UsageError loadConfig throws, or a failure when it does not throw one. */
function problem(flags: GlobalFlags = {}, env: Record<string, string> = {}): string {
  try {
    load(flags, env);
  } catch (error) {
    assert.ok(error instanceof UsageError, `a UsageError, not ${String(error)}`);
    return error.message;
  }
  assert.fail('expected an invalid config to be rejected');
}

describe('loadConfig', () => {
  test('defaults: ./molehunt.db in the working directory, no corporate ranges, auto networks, every rule on', () => {
    const config = load();
    assert.equal(config.db, './molehunt.db');
    assert.deepEqual(config.store, { dialect: 'sqlite', path: join(dir, 'molehunt.db') });
    assert.deepEqual(config.corporate_egress_cidrs, []);
    assert.equal(config.corporate_networks, 'auto');
    assert.deepEqual(config.rules, {});
    assert.equal(config.configFile, undefined);
  });

  test('precedence: flag > MOLEHUNT_DB > config file > default', () => {
    writeConfig({ db: 'file.db' });
    const fromFlag = load({ db: 'flag.db' }, { MOLEHUNT_DB: 'env.db' });
    assert.equal(fromFlag.db, 'flag.db');
    assert.deepEqual(fromFlag.store, { dialect: 'sqlite', path: join(dir, 'flag.db') });
    assert.equal(load({}, { MOLEHUNT_DB: 'env.db' }).db, 'env.db');
    const fromFile = load();
    assert.equal(fromFile.db, 'file.db');
    assert.deepEqual(fromFile.store, { dialect: 'sqlite', path: join(dir, 'file.db') });
    assert.equal(fromFile.configFile, join(dir, 'molehunt.config.json'));
  });

  test('relative SQLite paths resolve against the working directory; absolute ones are kept', () => {
    assert.deepEqual(load({ db: 'sub/x.db' }).store, { dialect: 'sqlite', path: join(dir, 'sub', 'x.db') });
    assert.deepEqual(load({ db: '/var/tmp/abs.db' }).store, { dialect: 'sqlite', path: '/var/tmp/abs.db' });
  });

  test('a postgres URL selects PostgreSQL and is not treated as a path', () => {
    for (const url of ['postgres://mh@db.example.com/mh', 'postgresql://mh@db.example.com:5433/mh', 'POSTGRES://mh@db.example.com/mh']) {
      assert.deepEqual(load({ db: url }).store, { dialect: 'postgres', url });
    }
    assert.deepEqual(load({}, { MOLEHUNT_DB: 'postgres://mh@db.example.com/mh' }).store, { dialect: 'postgres', url: 'postgres://mh@db.example.com/mh' });
  });

  test('--config beats MOLEHUNT_CONFIG beats ./molehunt.config.json, each resolved against the working directory', () => {
    writeConfig({ db: 'default.db' });
    writeConfig({ db: 'flag.db' }, 'flag.json');
    writeConfig({ db: 'env.db' }, 'env.json');
    assert.equal(load({ config: 'flag.json' }, { MOLEHUNT_CONFIG: 'env.json' }).db, 'flag.db');
    assert.equal(load({}, { MOLEHUNT_CONFIG: 'env.json' }).configFile, join(dir, 'env.json'));
    assert.equal(load().db, 'default.db');
  });

  test('a named config file that does not exist is an error; a missing default one is not', () => {
    assert.match(problem({ config: 'nope.json' }), /config file not found: .*nope\.json/);
    assert.match(problem({}, { MOLEHUNT_CONFIG: 'nope.json' }), /config file not found/);
    assert.doesNotThrow(() => load());
  });

  test('file values reach the resolved config', () => {
    writeConfig({
      corporate_egress_cidrs: ['203.0.113.0/24', '2001:db8:10::/48', '192.0.2.7'],
      corporate_networks: ['HQ', 'VPN'],
      rules: { 'signin.impossible-travel': { enabled: false, maxSpeedKmh: 900 } },
    });
    const config = load();
    assert.deepEqual(config.corporate_egress_cidrs, ['203.0.113.0/24', '2001:db8:10::/48', '192.0.2.7']);
    assert.deepEqual(config.corporate_networks, ['HQ', 'VPN']);
    assert.deepEqual(config.rules, { 'signin.impossible-travel': { enabled: false, maxSpeedKmh: 900 } });
  });

  test('the file is parsed strictly: bad JSON, non-objects and unknown keys name the file and the problem', () => {
    const path = writeConfig('{"db": "x.db",}');
    assert.match(problem(), new RegExp(`^cannot read config ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*JSON`));
    writeConfig('[]');
    assert.match(problem(), /invalid config .*molehunt\.config\.json:\n {2}\(root\): /);
    writeConfig('null');
    assert.match(problem(), /invalid config/);
    writeConfig({ db: 'x.db', corporate_cidrs: [] });
    assert.match(problem(), /corporate_cidrs/);
    writeConfig({ corporate_networks: 'all' });
    assert.match(problem(), /corporate_networks/);
    writeConfig({ db: 42 });
    assert.match(problem(), /\n {2}db: /);
  });

  test('every problem is listed, each with its path', () => {
    writeConfig({
      corporate_egress_cidrs: ['192.0.2.0/24', 'nonsense'],
      rules: {
        'signin.teleport': {},
        'signin.impossible-travel': { enabled: 'yes', maxSpeedKmh: 'fast', maxSpeedKPH: 5 },
      },
    });
    // Schema problems come first; rule problems are checked once the schema passes.
    assert.match(problem(), /corporate_egress_cidrs\.1: expected an IP address or CIDR/);
    writeConfig({ rules: { 'signin.teleport': {}, 'signin.impossible-travel': { enabled: 'yes', maxSpeedKmh: 'fast', maxSpeedKPH: 5 } } });
    const message = problem();
    assert.match(message, /rules\.signin\.teleport: unknown rule \(known: [^)]*signin\.impossible-travel[^)]*signin\.shared-ip-accounts/);
    assert.match(message, /rules\.signin\.impossible-travel\.enabled: expected true or false/);
    assert.match(message, /rules\.signin\.impossible-travel\.maxSpeedKmh: /);
    assert.match(message, /rules\.signin\.impossible-travel\.maxSpeedKPH: unknown option \(known: enabled, maxSpeedKmh/);
    assert.equal(message.split('\n').length, 5, 'a header line and one line per problem');
  });

  test('rule options are validated against the rule\'s own schema', () => {
    writeConfig({ rules: { 'signin.shared-ip-accounts': { minAccounts: 1 } } });
    assert.match(problem(), /rules\.signin\.shared-ip-accounts\.minAccounts: /);
    writeConfig({ rules: { 'signin.shared-ip-accounts': { minAccounts: 3, windowDays: 2, maxAccounts: 10 } } });
    assert.doesNotThrow(() => load());
    writeConfig({ rules: { 'signin.shared-ip-accounts': true } });
    assert.match(problem(), /rules\.signin\.shared-ip-accounts: /);
  });
});

describe('corporate_egress_cidrs', () => {
  const valid = (cidr: string) => ConfigSchema.safeParse({ corporate_egress_cidrs: [cidr] }).success;

  test('accepts IPv4 and IPv6 addresses and CIDRs', () => {
    for (const cidr of ['198.51.100.0/24', '198.51.100.77/32', '0.0.0.0/0', '203.0.113.9', '2001:db8::/32', '2001:db8::1', '::/0', '2001:db8::/128']) {
      assert.ok(valid(cidr), cidr);
    }
  });

  test('rejects what is not an address or a prefix length in range', () => {
    for (const cidr of [
      '',
      'office',
      '198.51.100.0/33',
      '2001:db8::/129',
      '198.51.100.0/-1',
      '198.51.100.0/24/8',
      '198.51.100.0/24.5',
      '256.1.1.1/8',
      '198.51.100/24',
      // A trailing slash or a non-decimal length must not slip through as /0 (every address corporate).
      '198.51.100.0/',
      '198.51.100.0/ 24',
      '198.51.100.0/0x18',
      '198.51.100.0/1e1',
    ]) {
      assert.equal(valid(cidr), false, JSON.stringify(cidr));
    }
  });
});
