import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ipReferencePaths, loadIpReference, readIpReference } from './ip-reference.js';

describe('IP reference loader', () => {
  const paths = ipReferencePaths();
  const skip = paths.countryMmdb && paths.asnV4Csv && paths.asnV6Csv ? false : '@ip-location-db packages are not installed';

  test('finds the curated files in data/', () => {
    assert.ok(paths.asnClassesCsv?.endsWith('data/ip-asn-classes.csv'));
    assert.ok(paths.rangesCsv?.endsWith('data/ip-ranges.csv'));
  });

  test('loads every dataset once, with licences and dates', { skip }, () => {
    const ref = loadIpReference();
    assert.equal(loadIpReference(), ref);
    assert.ok(ref.asnV4!.size > 400_000);
    assert.ok(ref.asnV6!.size > 100_000);
    assert.equal(ref.country!('175.45.176.1'), 'KP');
    assert.deepEqual(ref.issues, []);
    assert.deepEqual(ref.dataSources.map((s) => s.id).sort(), ['ip-location-db.asn', 'ip-location-db.geo-whois-asn-country', 'molehunt.ip-asn-classes', 'molehunt.ip-ranges']);
    assert.ok(ref.dataSources.find((s) => s.id === 'ip-location-db.asn')!.attribution!.includes('DB-IP'));
  });

  test('missing package files are reported, not thrown', () => {
    const ref = readIpReference({ asnClassesCsv: paths.asnClassesCsv, rangesCsv: paths.rangesCsv });
    assert.equal(ref.asnV4, undefined);
    assert.equal(ref.country, undefined);
    assert.equal(ref.issues.length, 3);
    assert.ok(ref.asnClasses.size > 0);
  });
});
