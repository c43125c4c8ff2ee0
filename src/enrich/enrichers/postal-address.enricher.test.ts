import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportedIntel } from '../define-enricher.js';
import type { PostalAddress } from '../../model/identity-record.js';
import { NO_IMPORTS } from '../define-enricher.js';
import { addressKey } from '../address-key.js';
import { employee } from '../../test-support/factories.js';
import enricher from './postal-address.enricher.js';

const context = (imports: ImportedIntel = NO_IMPORTS) => ({ corporateCidrs: [], corporateNetworks: 'auto' as const, imports });

const withAddresses = (...addresses: PostalAddress[]) => {
  const record = employee('E100', 'jane.doe@example.com', 'Jane Doe');
  return { ...record, identifiers: { ...record.identifiers, addresses } };
};

const home: PostalAddress = { role: 'home', line: '123 Main St., Apt 4', city: 'Portland', region: 'OR', postal_code: '97209-1234', country: 'USA' };

describe('postal.address enricher', () => {
  const enrich = enricher.prepare(context());

  test('one entry per address, in order, with role and key', () => {
    const shipTo: PostalAddress = { role: 'ship_to', line: '123 MAIN STREET #4', city: 'PORTLAND', postal_code: '97209', country: 'US' };
    const out = enrich(withAddresses(home, shipTo));
    assert.deepEqual(out, [
      { role: 'home', key: 'US|97209||portland|123 main st #4', po_box: false, mail_drop: false },
      { role: 'ship_to', key: 'US|97209||portland|123 main st #4', po_box: false, mail_drop: false },
    ]);
  });

  test('PO boxes are flagged', () => {
    const out = enrich(withAddresses({ role: 'mailing', line: 'P.O. Box 77', city: 'Portland', postal_code: '97209', country: 'US' }));
    assert.equal(out?.[0]?.po_box, true);
    assert.equal(out?.[0]?.mail_drop, false);
  });

  test('PMB and CMRA brand addresses are mail drops, with the basis', () => {
    const out = enrich(
      withAddresses(
        { role: 'ship_to', line: '1 Example Rd PMB 1234', city: 'Portland', postal_code: '97209', country: 'US' },
        { role: 'ship_to', line: 'The UPS Store #5123, 1 Example Rd', city: 'Portland', postal_code: '97209', country: 'US' },
      ),
    );
    assert.equal(out?.[0]?.mail_drop, true);
    assert.match(out?.[0]?.mail_drop_basis ?? '', /PMB/);
    assert.equal(out?.[1]?.mail_drop, true);
    assert.match(out?.[1]?.mail_drop_basis ?? '', /The UPS Store/);
  });

  test('an address on an imported list is a mail drop, named with its dataset and date; suites at a listed building match too', () => {
    const warehouse: PostalAddress = { role: 'ship_to', line: '1200 Example Pike', city: 'Nashville', region: 'TN', postal_code: '37201', country: 'US' };
    const imports: ImportedIntel = {
      ...NO_IMPORTS,
      addressKeys: [{ key: addressKey(warehouse), label: 'reshipper seen in case X', dataset: 'case-x-reshippers', date: '2026-10-01' }],
    };
    const withList = enricher.prepare(context(imports));
    const out = withList(withAddresses({ ...warehouse, line: '1200 Example Pike' }, { ...warehouse, line: '1200 Example Pike Suite 4821' }, home));
    assert.equal(out?.[0]?.mail_drop, true);
    assert.equal(out?.[0]?.mail_drop_basis, 'on imported list "reshipper seen in case X" (dataset case-x-reshippers, 2026-10-01)');
    assert.equal(out?.[1]?.mail_drop, true);
    assert.match(out?.[1]?.mail_drop_basis ?? '', /^building on imported list .*case-x-reshippers, 2026-10-01/);
    assert.equal(out?.[2]?.mail_drop, false);
  });

  test('an address without a street never matches an imported entry', () => {
    const town: PostalAddress = { role: 'home', city: 'Portland', postal_code: '97209', country: 'US' };
    const imports: ImportedIntel = { ...NO_IMPORTS, addressKeys: [{ key: addressKey(town), label: 'bad entry', dataset: 'd', date: '2026-01-01' }] };
    assert.equal(enricher.prepare(context(imports))(withAddresses(town))?.[0]?.mail_drop, false);
  });

  test('a normal home is neither a PO box nor a mail drop', () => {
    const [intel] = enrich(withAddresses(home)) ?? [];
    assert.equal(intel?.po_box, false);
    assert.equal(intel?.mail_drop, false);
    assert.equal(intel?.mail_drop_basis, undefined);
  });

  test('a record with no addresses gives an empty list', () => {
    assert.deepEqual(enrich(employee('E101', 'john.roe@example.com', 'John Roe')), []);
  });

  test('the record is not modified', () => {
    const record = withAddresses(home, { role: 'ship_to', line: 'The UPS Store #5123, 1 Example Rd', country: 'US' });
    const before = JSON.stringify(record);
    enrich(record);
    assert.equal(JSON.stringify(record), before);
  });

  test('declares what it reads and writes, and its curated data source', () => {
    assert.equal(enricher.id, 'postal.address');
    assert.equal(enricher.writes, 'addresses');
    assert.deepEqual(enricher.reads, ['identifiers.addresses']);
    assert.deepEqual(
      enricher.dataSources.map((d) => [d.origin, d.licence, d.date]),
      [['builtin', 'project (curated names)', '2026-11-21']],
    );
  });
});
