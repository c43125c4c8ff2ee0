import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyedFingerprint, lastFour, sha256 } from './hash.js';

test('lastFour never shows more than half of a value', () => {
  assert.equal(lastFour('GB82 WEST 1234 5698 7654 32'), '5432');
  assert.equal(lastFour('123-45-6789'), '6789');
  assert.equal(lastFour('12345678'), '5678');
  assert.equal(lastFour('1234'), '34');
  assert.equal(lastFour('12'), '2');
  assert.equal(lastFour(''), '');
});

test('keyed fingerprints are stable per key, differ across keys, and ignore formatting', () => {
  assert.equal(keyedFingerprint('GB82 WEST 1234', 'k'), keyedFingerprint('gb82-west-1234', 'k'));
  assert.notEqual(keyedFingerprint('GB82 WEST 1234', 'k'), keyedFingerprint('GB82 WEST 1234', 'other'));
  assert.match(keyedFingerprint('x', 'k'), /^[0-9a-f]{32}$/);
  assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
