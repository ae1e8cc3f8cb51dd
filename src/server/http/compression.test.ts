import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acceptedEncoding } from './compression.ts';

test('the encoding follows Accept-Encoding: brotli first, weights respected, identity when nothing fits', () => {
  assert.equal(acceptedEncoding(undefined), null);
  assert.equal(acceptedEncoding(''), null);
  assert.equal(acceptedEncoding('gzip, deflate, br'), 'br');
  assert.equal(acceptedEncoding('gzip'), 'gzip');
  assert.equal(acceptedEncoding('br;q=0, gzip;q=0.5'), 'gzip');
  assert.equal(acceptedEncoding('BR ; Q=0.1'), 'br');
  assert.equal(acceptedEncoding('*'), 'br');
  assert.equal(acceptedEncoding('*;q=0, gzip'), 'gzip');
  assert.equal(acceptedEncoding('identity, deflate'), null);
  assert.equal(acceptedEncoding('br;q=0, gzip;q=0'), null);
});
