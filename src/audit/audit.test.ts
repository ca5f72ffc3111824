import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { createHarness, drivers, type Harness } from '../../test/support/harness.ts';
import { appendAudit, sealAllAudit } from './audit.repository.ts';
import { canonicalJson, chainHash, GENESIS_HASH, verifyRun } from './audit.ts';
import { verifyAuditChain } from './audit.verify.ts';

describe('audit chain (pure)', () => {
  test('canonical JSON ignores key order at every level', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        assert.equal(canonicalJson(obj), canonicalJson(reversed));
      }),
    );
  });

  test('the link hash is SHA-256 of the previous hash and the canonical JSON of the record', () => {
    const text = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(
        fc.record({
          seq: fc.integer({ min: 1, max: 2 ** 50 }),
          at: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(8.6e15) }),
          actor: text,
          action: text,
          entityType: text,
          entityId: text,
          data: fc.dictionary(text, fc.jsonValue()),
          nonce: fc.option(fc.uuid()),
          mac: fc.option(text),
        }),
        (record) => {
          const reference = createHash('sha256')
            .update('p')
            .update('\n')
            .update(
              canonicalJson({
                ...record,
                at: record.at.toISOString(),
                nonce: record.nonce ?? undefined,
                mac: record.mac ?? undefined,
              }),
            )
            .digest('hex');
          assert.equal(chainHash('p', record), reference);
        },
      ),
    );
  });

  test('a run verifies, and any altered field breaks it at that record', () => {
    const records = [];
    let hash = GENESIS_HASH;
    for (let seq = 1; seq <= 5; seq++) {
      const base = {
        seq,
        at: new Date(1_700_000_000_000 + seq),
        actor: 'a',
        action: 'x',
        entityType: 't',
        entityId: String(seq),
        data: { n: seq },
        nonce: null,
        mac: null,
      };
      const next = chainHash(hash, base);
      records.push({ ...base, prevHash: hash, hash: next });
      hash = next;
    }
    assert.equal(verifyRun(records, 0, GENESIS_HASH).verdict, null);
    const tampered = records.map((r) => (r.seq === 3 ? { ...r, data: { n: 99 } } : r));
    assert.equal(verifyRun(tampered, 0, GENESIS_HASH).verdict?.firstBroken?.seq, 3);
    const gap = records.filter((r) => r.seq !== 2);
    assert.equal(verifyRun(gap, 0, GENESIS_HASH).verdict?.firstBroken?.seq, 3);
  });
});

for (const driver of drivers()) {
  describe(`audit log (${driver})`, () => {
    let h: Harness;
    before(async () => {
      h = await createHarness(driver);
    });
    after(async () => h.close());

    test('entries from concurrent transactions are pending until sealed, then form one intact chain', async () => {
      const db = h.platform.database.db;
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          db.transaction().execute((trx) =>
            appendAudit(trx, [
              {
                actor: 'test',
                action: 'test.concurrent',
                entityType: 'thing',
                entityId: `t${i}`,
                data: { i },
              },
            ]),
          ),
        ),
      );
      const visible = await db
        .selectFrom('audit_log')
        .select('entity_id')
        .where('action', '=', 'test.concurrent')
        .execute();
      assert.equal(visible.length, 40, 'pending entries are readable through the audit_log view');
      await sealAllAudit(db);
      const chained = await db
        .selectFrom('audit_chain')
        .select('seq')
        .where('action', '=', 'test.concurrent')
        .execute();
      assert.equal(chained.length, 40);
      assert.equal((await verifyAuditChain(db)).ok, true);
    });

    test('any text and JSON survive sealing (array parameters) byte for byte, and the chain verifies', async () => {
      const db = h.platform.database.db;
      // Strings PostgreSQL array literals must escape: quotes, backslashes, braces, commas, NULL.
      const awkward = fc.oneof(
        fc.string(),
        fc.constantFrom('"', '\\', '{}', '{"a":1}', 'NULL', 'a,b', ' ', '\\"', 'ü漢字🙂'),
      );
      const entries = fc.sample(
        fc.record({
          actor: awkward.filter((s) => !s.includes('\u0000')),
          entityId: awkward.filter((s) => !s.includes('\u0000')),
          data: fc.dictionary(
            awkward.filter((s) => !s.includes('\u0000')),
            fc.oneof(
              awkward.filter((s) => !s.includes('\u0000')),
              fc.integer(),
              fc.boolean(),
              fc.constant(null),
            ),
          ),
        }),
        { numRuns: 60, seed: 42 },
      );
      await db.transaction().execute((trx) =>
        appendAudit(
          trx,
          entries.map((e) => ({ ...e, action: 'test.awkward', entityType: 'thing' })),
        ),
      );
      await sealAllAudit(db);
      const sealed = await db
        .selectFrom('audit_chain')
        .select(['actor', 'entity_id', 'data'])
        .where('action', '=', 'test.awkward')
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        sealed.map((r) => ({ actor: r.actor, entityId: r.entity_id, data: r.data })),
        JSON.parse(JSON.stringify(entries)),
      );
      assert.equal((await verifyAuditChain(db)).ok, true);
    });

    test('a rolled-back transaction leaves no audit entry', async () => {
      const db = h.platform.database.db;
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          await appendAudit(trx, [
            { actor: 'test', action: 'test.rolled_back', entityType: 'thing', entityId: 'x', data: {} },
          ]);
          throw new Error('abort');
        }),
      );
      const rows = await db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'test.rolled_back')
        .execute();
      assert.equal(rows.length, 0);
    });

    test('verification names an altered record and missing records', async () => {
      const db = h.platform.database.db;
      await db.transaction().execute((trx) =>
        appendAudit(
          trx,
          [1, 2, 3].map((i) => ({
            actor: 'test',
            action: 'test.tamper',
            entityType: 'thing',
            entityId: `x${i}`,
            data: { i },
          })),
        ),
      );
      await sealAllAudit(db);
      const target = await db
        .selectFrom('audit_chain')
        .select('seq')
        .where('action', '=', 'test.tamper')
        .orderBy('seq')
        .limit(1)
        .executeTakeFirstOrThrow();
      await db.updateTable('audit_chain').set({ actor: 'mallory' }).where('seq', '=', target.seq).execute();
      const verdict = await verifyAuditChain(db);
      assert.equal(verdict.ok, false);
      assert.equal(verdict.firstBroken?.seq, target.seq);
      assert.match(verdict.firstBroken!.reason, /altered/);
    });
  });
}
