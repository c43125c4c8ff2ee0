import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAddressList, parseCidrList, parseEmailIocs, parseTorExitList } from './intel-lists.js';

test('CIDR lists: addresses and ranges with optional providers; bad lines are reported with their numbers', () => {
  const parsed = parseCidrList('# VPN exits\n198.51.100.0/24, Example VPN\n203.0.113.7\n2001:db8::/32\n198.51.100.0/33\nnot-an-ip\n\n192.0.2.1 Example Relay\n');
  assert.deepEqual(parsed.entries, [
    { cidr: '198.51.100.0/24', provider: 'Example VPN' },
    { cidr: '203.0.113.7' },
    { cidr: '2001:db8::/32' },
    { cidr: '192.0.2.1', provider: 'Example Relay' },
  ]);
  assert.deepEqual(parsed.problems, ['line 5: not an IP address or CIDR: 198.51.100.0/33', 'line 6: not an IP address or CIDR: not-an-ip']);
});

test('Tor exit lists in the bulk and the exit-addresses formats', () => {
  assert.deepEqual(parseTorExitList('192.0.2.10\n192.0.2.11\n').entries, [{ cidr: '192.0.2.10' }, { cidr: '192.0.2.11' }]);
  const exitAddresses = 'ExitNode 0011BD2485AD45D984EC4159C88FC066E5E3300E\nPublished 2026-11-20 10:00:00\nLastStatus 2026-11-20 11:00:00\nExitAddress 198.51.100.77 2026-11-20 11:02:03\nExitAddress bogus 2026-11-20\n';
  const parsed = parseTorExitList(exitAddresses);
  assert.deepEqual(parsed.entries, [{ cidr: '198.51.100.77' }]);
  assert.deepEqual(parsed.problems, ['line 5: not an IP address: bogus']);
});

test('e-mail IOC lists take addresses and domains, lower-cased, with labels', () => {
  const parsed = parseEmailIocs('Persona.Dev@Example.org,persona list\nexample-university.example\nnot an email\n');
  assert.deepEqual(parsed.entries, [
    { value: 'persona.dev@example.org', label: 'persona list' },
    { value: 'example-university.example', label: 'imported IOC' },
  ]);
  assert.deepEqual(parsed.problems, ['line 3: not an e-mail address or domain: not an email']);
});

test('address lists take one street address per line with an optional label', () => {
  const parsed = parseAddressList('1200 Example Pike, Nashville, TN 37201 | reshipper seen in case X\nnowhere\n');
  assert.deepEqual(parsed.entries, [{ line: '1200 Example Pike, Nashville, TN 37201', label: 'reshipper seen in case X' }]);
  assert.equal(parsed.problems.length, 1);
});
