import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addressKey } from './address-key.js';
import { parseAddressLine } from './address-line.js';

describe('parseAddressLine', () => {
  test('US lines with and without a comma before the state, with ZIP+4 and a country', () => {
    assert.deepEqual(parseAddressLine('1200 Example Pike, Nashville, TN 37201'), {
      role: 'other', line: '1200 Example Pike', city: 'Nashville', region: 'TN', postal_code: '37201', country: 'US',
    });
    assert.deepEqual(parseAddressLine('123 Main St, Apt 4, Portland OR 97209-1234, United States', 'ship_to'), {
      role: 'ship_to', line: '123 Main St, Apt 4', city: 'Portland', region: 'OR', postal_code: '97209-1234', country: 'US',
    });
  });

  test('Canadian and UK lines', () => {
    assert.equal(parseAddressLine('1 Example Street, Montreal, QC H2X 1Y4')?.country, 'CA');
    assert.deepEqual(parseAddressLine('Flat 4, 12 Oak Road, London SW1A 1AA, UK'), {
      role: 'other', line: 'Flat 4, 12 Oak Road', city: 'London', postal_code: 'SW1A 1AA', country: 'GB',
    });
  });

  test('lines without a recognisable tail are left alone', () => {
    assert.equal(parseAddressLine('Flat 4, 12 Oak Road'), undefined);
    assert.equal(parseAddressLine('123 Main St'), undefined);
    assert.equal(parseAddressLine('12 Rue de Rivoli, 75001 Paris, France'), undefined);
  });

  test('a single-line address keys like the same address in fields', () => {
    const fields = addressKey({ role: 'ship_to', line: '1200 Example Pike Ste 5', city: 'Nashville', region: 'TN', postal_code: '37201', country: 'US' });
    assert.equal(addressKey({ role: 'ship_to', line: '1200 Example Pike, Suite 5, Nashville, TN 37201' }), fields);
    assert.equal(addressKey({ role: 'ship_to', line: '1200 Example Pike #5, Nashville TN 37201-0001', country: 'USA' }), fields);
  });
});
