import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { newId } from './ids.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('ids are UUID version 7 with the RFC 9562 variant, and carry their millisecond', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (ms) => {
      const id = newId(ms);
      assert.match(id, UUID_V7);
      assert.equal(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16), ms);
    }),
  );
});

test('ids made later sort later; ids are unique', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => newId(1_800_000_000_000 + i));
  assert.deepEqual([...ids].sort(), ids);
  const many = new Set(Array.from({ length: 20_000 }, () => newId()));
  assert.equal(many.size, 20_000);
});
