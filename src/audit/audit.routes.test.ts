import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { marketplace } from '../../test/support/fixtures.ts';
import { apiKeyFor, createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { addMember } from '../accounts/index.ts';
import { appendAudit } from './audit.repository.ts';
import { parsePublicKey } from './checkpoint.ts';

for (const driver of drivers()) {
  describe(`audit API (${driver})`, () => {
    let h: Harness;
    let dir: string;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ipp-audit-api-'));
      h = await createHarness(driver, {
        audit: {
          signingKey: generateKeyPairSync('ed25519').privateKey,
          checkpointFile: join(dir, 'audit-checkpoints.ndjson'),
          checkpointIntervalMs: 60_000,
        },
      });
    });
    after(async () => {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('the public key is published without authentication, with its SHA-256 fingerprint', async () => {
      const res = await h.request('GET', '/v1/audit/public-key');
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.algorithm, 'Ed25519');
      const key = parsePublicKey(res.body.publicKeyPem);
      const der = key.export({ type: 'spki', format: 'der' });
      assert.equal(res.body.fingerprint, createHash('sha256').update(der).digest('hex'));
    });

    test('an operator admin verifies: pending entries are sealed, the verdict is returned, a checkpoint is signed', async () => {
      // The background sequencer would race the verification to seal the entry (then verification
      // seals nothing and signs nothing): stop it, so the entry is still pending when verify runs.
      await h.platform.audit.stop();
      await h.platform.database.db
        .transaction()
        .execute((trx) =>
          appendAudit(trx, [
            { actor: 'test', action: 'test.api', entityType: 'thing', entityId: 'a', data: {} },
          ]),
        );
      const res = await h.request('POST', '/v1/audit/verify', { token: h.adminToken });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.ok, true, res.text);
      assert.deepEqual(res.body.findings, []);
      assert.equal(res.body.checked, res.body.head);
      assert.equal(res.body.signed.seq, res.body.head);
      const listed = await h.request('GET', '/v1/audit/checkpoints');
      assert.equal(listed.status, 200, listed.text);
      assert.equal(listed.body.items.at(-1).seq, res.body.head, 'verification signed what it sealed');
    });

    test('the verdict names a forged pending entry', async () => {
      await sql`insert into audit_pending (at, actor, action, entity_type, entity_id, data)
                values (now(), 'mallory', 'test.forged', 'thing', 'x', '{}')`.execute(h.platform.database.db);
      const res = await h.request('POST', '/v1/audit/verify', { token: h.adminToken });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.ok, false);
      assert.equal(res.body.findings[0].kind, 'forged_pending');
      assert.match(res.body.findings[0].message, /no writer MAC/);
      await sql`delete from audit_quarantine`.execute(h.platform.database.db);
    });

    test('verification is refused to everybody but operator admins', async () => {
      const reviewer = await userIn(h, 'operator', 'reviewer');
      const rightsHolder = await userIn(h, 'brand', 'rights_holder');
      const agent = await userIn(h, 'agent', 'agent');
      const seller = await userIn(h, 'seller', 'seller');
      const mkt = await marketplace(h);
      const operatorKey = await apiKeyFor(h, h.operatorOrgId, 'reviewer');
      // The operator's admin is also a member of a brand: acting for the brand, it is the brand.
      await addMember(h.platform.database.db, null, rightsHolder.orgId, {
        email: 'admin@operator.test',
        name: 'Admin',
        password: 'admin-password-1',
        role: 'rights_holder',
      });
      const refused: [string, string, Record<string, string>?][] = [
        ['an operator reviewer', reviewer.token],
        ["an operator reviewer's API key", operatorKey],
        ["a brand's rights holder", rightsHolder.token],
        ["an agent's member", agent.token],
        ['a seller', seller.token],
        ['a marketplace key', mkt.key],
        ['the operator admin acting for a brand', h.adminToken, { 'x-org-id': rightsHolder.orgId }],
      ];
      for (const [who, token, headers] of refused) {
        const res = await h.request('POST', '/v1/audit/verify', { token, ...(headers ? { headers } : {}) });
        assert.equal(res.status, 403, `${who}: ${res.text}`);
      }
      assert.equal((await h.request('POST', '/v1/audit/verify')).status, 401);
    });

    test('checkpoints are listed in pages, and the query is validated', async () => {
      const bad = await h.request('GET', '/v1/audit/checkpoints?limit=0');
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].pointer, '/querystring/limit');
      const none = await h.request('GET', '/v1/audit/checkpoints?after=1000000');
      assert.deepEqual(none.body, { items: [], nextAfter: null });
    });
  });
}
