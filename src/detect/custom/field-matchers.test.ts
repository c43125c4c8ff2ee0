import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileFieldMatcher } from './field-matchers.js';

const PATH = ['detection', 'selection'];

/** Compiles `key: value` and returns its test, failing on any issue. */
function matcher(key: string, value: unknown): (v: unknown) => boolean {
  const { matcher: m, issues } = compileFieldMatcher(key, value, [...PATH, key]);
  assert.deepEqual(issues, [], `${key} compiles`);
  return m!.test;
}

/** The issues of a key that must not compile. */
function problems(key: string, value: unknown) {
  const { matcher: m, issues } = compileFieldMatcher(key, value, [...PATH, key]);
  assert.equal(m, undefined, `${key} must not compile`);
  return issues;
}

describe('compileFieldMatcher', () => {
  test('exact match is case-insensitive; a list is any of its values', () => {
    const t = matcher('event.outcome', ['success', 'unknown']);
    assert.equal(t('SUCCESS'), true);
    assert.equal(t('unknown'), true);
    assert.equal(t('failure'), false);
    assert.equal(t(undefined), false);
  });

  test('exact match compares numbers and booleans by their text, and any element of a list field', () => {
    assert.equal(matcher('enrichment.ip_intel.asn', 64500)(64500), true);
    assert.equal(matcher('enrichment.ip_intel.asn', 64500)(64501), false);
    assert.equal(matcher('molehunt.device_posture.managed', false)(false), true);
    assert.equal(matcher('molehunt.device_posture.managed', false)(true), false);
    assert.equal(matcher('event.category', 'authentication')(['session', 'authentication']), true);
    assert.equal(matcher('event.category', 'host')(['session', 'authentication']), false);
  });

  test('null matches a missing or empty field only', () => {
    const t = matcher('network.name', null);
    assert.equal(t(undefined), true);
    assert.equal(t(''), true);
    assert.equal(t('Corp-VPN'), false);
  });

  test('contains, startswith and endswith, case-insensitive', () => {
    const contains = matcher('user_agent.original|contains', ['curl', 'python-requests']);
    assert.equal(contains('Python-Requests/2.32'), true);
    assert.equal(contains('Mozilla/5.0 Firefox'), false);
    const starts = matcher('network.name|startswith', 'Corp');
    assert.equal(starts('corp-vpn'), true);
    assert.equal(starts('NotCorp'), false);
    const ends = matcher('process.executable|endswith', '\\anydesk.exe');
    assert.equal(ends('C:\\Program Files\\AnyDesk\\AnyDesk.exe'), true);
    assert.equal(ends('C:\\anydesk.exe.bak'), false);
  });

  test('cased makes string comparison case-sensitive', () => {
    const t = matcher('process.name|contains|cased', 'AnyDesk');
    assert.equal(t('AnyDesk'), true);
    assert.equal(t('anydesk'), false);
  });

  test('Sigma wildcards: * and ? in values, \\* for a literal star', () => {
    const t = matcher('user_agent.original', 'curl/*');
    assert.equal(t('curl/8.4.0'), true);
    assert.equal(t('xcurl/8.4.0'), false);
    assert.equal(matcher('host.name', 'pc-??')('PC-07'), true);
    assert.equal(matcher('host.name', 'pc-??')('PC-007'), false);
    assert.equal(matcher('process.command_line|contains', 'a\\*b')('x a*b y'), true);
    assert.equal(matcher('process.command_line|contains', 'a\\*b')('x aXb y'), false);
  });

  test('all: every listed value must match', () => {
    const t = matcher('process.command_line|contains|all', ['remoting_host', '--pin']);
    assert.equal(t('remoting_host.exe --pin=123456'), true);
    assert.equal(t('remoting_host.exe --start'), false);
  });

  test('re is as written (case-sensitive) unless |i', () => {
    const t = matcher('process.command_line|re', '--pin[= ]\\d{6}');
    assert.equal(t('crd --pin=123456'), true);
    assert.equal(t('crd --PIN=123456'), false);
    assert.equal(matcher('process.command_line|re|i', '--pin[= ]\\d{6}')('crd --PIN=123456'), true);
  });

  test('cidr: IPv4 and IPv6 ranges and single addresses; non-addresses never match', () => {
    const t = matcher('source.ip|cidr', ['198.51.100.0/24', '2001:db8::/32', '192.0.2.7']);
    assert.equal(t('198.51.100.77'), true);
    assert.equal(t('2001:db8::1'), true);
    assert.equal(t('192.0.2.7'), true);
    assert.equal(t('192.0.2.8'), false);
    assert.equal(t('203.0.113.1'), false);
    assert.equal(t('not-an-ip'), false);
    assert.equal(t(undefined), false);
  });

  test('gte, gt, lte, lt over numbers and ISO dates', () => {
    assert.equal(matcher('enrichment.ip_intel.asn|gte', 64500)(64500), true);
    assert.equal(matcher('enrichment.ip_intel.asn|gt', 64500)(64500), false);
    assert.equal(matcher('enrichment.ip_intel.asn|lte', 64500)('64499'), true);
    assert.equal(matcher('enrichment.ip_intel.asn|lt', 64500)(64500), false);
    assert.equal(matcher('enrichment.ip_intel.asn|gte', 1)(undefined), false);
    assert.equal(matcher('enrichment.ip_intel.asn|gte', 1)('abc'), false);
    const after = matcher('@timestamp|gte', '2026-10-01');
    assert.equal(after('2026-10-05T12:00:00.000Z'), true);
    assert.equal(after('2026-09-30T23:59:59.000Z'), false);
  });

  test('exists: true when the field has a value, false when it is missing or empty', () => {
    assert.equal(matcher('source.ip|exists', true)('198.51.100.1'), true);
    assert.equal(matcher('source.ip|exists', true)(undefined), false);
    assert.equal(matcher('source.ip|exists', false)(''), true);
    assert.equal(matcher('source.ip|exists', false)('198.51.100.1'), false);
  });

  test('objects and functions are never field values', () => {
    assert.equal(matcher('source.geo', null)({ city_name: 'x' }), true);
    assert.equal(matcher('x|contains', 'function')(() => 1), false);
  });

  test('an unknown modifier is an error on the key, naming the known ones', () => {
    const [issue, ...rest] = problems('source.ip|cidrs', '198.51.100.0/24');
    assert.equal(rest.length, 0);
    assert.equal(issue!.at, 'key');
    assert.deepEqual(issue!.path, [...PATH, 'source.ip|cidrs']);
    assert.match(issue!.message, /unknown modifier "cidrs"/);
    assert.match(issue!.hint, /known modifiers: contains, startswith, endswith, re, cidr/);
  });

  test('bad values are errors at the value, with its list index', () => {
    const [cidr] = problems('source.ip|cidr', ['198.51.100.0/24', '198.51.100.0/33']);
    assert.deepEqual(cidr!.path, [...PATH, 'source.ip|cidr', 1]);
    assert.match(cidr!.message, /"198\.51\.100\.0\/33" has a prefix length above 32/);
    assert.match(problems('source.ip|cidr', 'example.com')[0]!.message, /is not an IP address or CIDR/);
    assert.match(problems('source.ip|cidr', '198.51.100.0/')[0]!.message, /no prefix length/);
    const [re] = problems('process.name|re', 'any(desk');
    assert.deepEqual(re!.path, [...PATH, 'process.name|re']);
    assert.match(re!.message, /is not a valid regular expression/);
    assert.match(problems('enrichment.ip_intel.asn|gte', 'many')[0]!.message, /gte takes a number or an ISO date/);
    assert.match(problems('source.ip|exists', 'yes')[0]!.message, /exists takes true or false/);
    assert.match(problems('source.ip', { nested: 1 })[0]!.message, /a value must be a string, number or boolean/);
    assert.match(problems('source.ip', [])[0]!.message, /list of values is empty/);
    assert.match(problems('source.ip|contains', null)[0]!.message, /contains needs a value/);
  });

  test('modifier combinations that mean nothing are errors', () => {
    assert.match(problems('x|contains|startswith', 'a')[0]!.message, /cannot be combined/);
    assert.match(problems('x|contains|i', 'a')[0]!.message, /applies only to re/);
    assert.match(problems('x|re|cased', 'a')[0]!.hint, /already case-sensitive/);
    assert.match(problems('x|exists|all', true)[0]!.message, /all" does not apply to exists/);
    assert.match(problems('x|contains|contains', 'a')[0]!.message, /repeated/);
    assert.match(problems('bad field|contains', 'a')[0]!.message, /not a field name/);
  });
});
