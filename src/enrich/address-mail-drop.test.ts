import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PostalAddress } from '../model/identity-record.js';
import { isPoBox, isPoBoxAddress, MAIL_DROP_NAMES, mailDropPattern } from './address-mail-drop.js';

const at = (line: string): PostalAddress => ({ role: 'ship_to', line, city: 'Portland', postal_code: '97209', country: 'US' });

describe('isPoBox', () => {
  test('post-office boxes, bags and military post', () => {
    const boxes = ['P.O. Box 123', 'PO Box 123', 'P O Box 123', 'POBox 123', 'po box #123', 'POB 123', 'P.O.B. 123', 'Post Office Box 123', 'Box 123', 'RR 2, Box 45', 'GPO Box 1234', 'PO Drawer 7', 'Locked Bag 3', 'Postfach 1021', 'PSC 1234, Box 5678', 'CMR 450 Box 12', 'Unit 2050 Box 4190, APO AE 09012'];
    for (const line of boxes) assert.equal(isPoBox(line), true, line);
  });

  test('street addresses, including streets named Box or Po, are not boxes', () => {
    const streets = ['123 Main St', '3 Box Hill Road', '12 Poblano St', '40 Boxwood Lane', '7 Apollo Ave', '1 Po River Rd'];
    for (const line of streets) assert.equal(isPoBox(line), false, line);
    assert.equal(isPoBox(undefined), false);
  });

  test('APO, FPO and DPO written as the city are military post', () => {
    assert.equal(isPoBoxAddress({ role: 'mailing', line: 'Unit 8400', city: 'FPO', region: 'AP', postal_code: '96319' }), true);
    assert.equal(isPoBoxAddress({ role: 'mailing', line: 'PSC 3, Unit 1', city: 'A.P.O.' }), true);
    assert.equal(isPoBoxAddress(at('123 Main St')), false);
  });
});

describe('mailDropPattern', () => {
  test('PMB and private mailbox designators', () => {
    for (const line of ['1 Example Rd PMB 1234', '1 Example Rd, P.M.B. #1234', '1 Example Rd Private Mailbox 9']) {
      assert.match(mailDropPattern(at(line)) ?? '', /PMB/, line);
    }
  });

  test('CMRA chains, virtual mailboxes and forwarders by name', () => {
    const cases: [string, RegExp][] = [
      ['The UPS Store #5123, 1 Example Rd Ste 100', /CMRA name "The UPS Store"/],
      ['1 Example Rd, Mail Boxes Etc. #22', /CMRA name "Mail Boxes Etc"/],
      ['PostNet 12, 1 Example Rd', /CMRA name "PostNet"/],
      ['iPostal1 - 1 Example Rd #300', /virtual mailbox name "iPostal1"/],
      ['Anytime Mailbox, 1 Example Rd', /virtual mailbox/],
      ['Shipito, 1 Example Rd Suite 4821', /freight forwarder name "Shipito"/],
      ['MyUS.com 4431 Example Blvd', /freight forwarder name "MyUS"/],
      ['1 Example Rd, Planet Express', /freight forwarder name "Planet Express"/],
      ['Forward2Me, Unit 3, 1 Example Road', /freight forwarder name "Forward2Me"/],
      ['Parcel Forwarding Dept, 1 Example Rd', /freight forwarder name "Parcel Forwarding"/],
    ];
    for (const [line, basis] of cases) assert.match(mailDropPattern(at(line)) ?? '', basis, line);
  });

  test('care-of a forwarder and customer numbers in the suite', () => {
    assert.match(mailDropPattern(at('c/o Acme Forwarding LLC, 1 Example Rd')) ?? '', /care-of/);
    assert.match(mailDropPattern(at('1 Example Rd Suite SH-482913')) ?? '', /customer account number/);
  });

  test('ordinary homes and offices are not mail drops', () => {
    const homes = ['123 Main St', '123 Main St Apt 4', '500 Example Ave Suite 1200', 'c/o Jane Doe, 12 Oak Street', '9 Upstone Rd', '4 Post Road', '1 Stackhouse Ln'];
    for (const line of homes) assert.equal(mailDropPattern(at(line)), undefined, line);
    assert.equal(mailDropPattern({ role: 'home', city: 'Portland' }), undefined);
  });

  test('every name group says where its names come from', () => {
    for (const group of MAIL_DROP_NAMES) {
      assert.ok(group.source.length > 0);
      assert.ok(group.names.length > 0);
    }
  });
});
