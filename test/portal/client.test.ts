import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CLIENT_SCHEMA_PATH, clientSource } from '../../web/scripts/client-source.ts';

test('the portal client (web/src/api/schema.d.ts) matches the OpenAPI document the app serves', async () => {
  const committed = readFileSync(CLIENT_SCHEMA_PATH, 'utf8');
  const fresh = await clientSource();
  assert.ok(
    committed === fresh,
    'web/src/api/schema.d.ts is out of date with /openapi.json: run `npm run gen:client` and commit it',
  );
});
