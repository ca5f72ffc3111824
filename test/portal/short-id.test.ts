import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newId } from '../../src/shared/ids.ts';
import { shortId } from '../../web/src/short-id.ts';

test('short labels of ids made at the same time differ (UUID v7 ids share their leading timestamp)', () => {
  const now = Date.now();
  // a page of notices filed within one second, as the demo and a busy brand make them
  const ids = Array.from({ length: 200 }, (_, i) => newId(now + (i % 1000)));
  const labels = new Set(ids.map(shortId));
  // 32 random bits per label: a repeat among 200 has a chance of about 5 in a million
  assert.equal(labels.size, ids.length);
  for (const id of ids) assert.ok(id.endsWith(shortId(id)) && shortId(id).length === 8);
});
