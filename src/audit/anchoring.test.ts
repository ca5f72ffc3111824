import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { drivers, type Harness } from '../../test/support/harness.ts';
import type { AuditVerdict } from './audit.schema.ts';
import { verifyAudit, verifyAuditChain } from './audit.verify.ts';
import { type Checkpoint, checkpointLine, checkpointSigner, parsePublicKey } from './checkpoint.ts';
import { deriveAuditMacKey, entryMac } from './entry-mac.ts';
import {
  checkpoint,
  checkpointFile,
  fileLines,
  findings,
  anchoredHarness as harness,
  operatorVerify,
  record,
  rehashFrom,
  removeCheckpointFolders,
  tempFolder,
} from './test-fixtures.ts';

/**
 * The threat: somebody who can write to the database (raw SQL below) but cannot read the server's
 * key files (master key, audit signing key) or its checkpoint file. Each test plays one attack and
 * checks that verification names it.
 */
after(removeCheckpointFolders);

/** What an outsider sees: only the public key and a copy of the checkpoints, no key file. */
function outsiderVerify(h: Harness, files: string[]): Promise<AuditVerdict> {
  return verifyAudit(h.platform.database.db, {
    seal: false,
    macKey: null,
    publicKeys: [checkpointSigner(h.config.audit.signingKey).publicKey],
    checkpointFiles: files,
  });
}

for (const driver of drivers()) {
  describe(`audit chain anchored outside the database (${driver})`, () => {
    test('deleting the last records and rewinding the head is named as the missing range', async () => {
      const h = await harness(driver);
      try {
        const db = h.platform.database.db;
        await record(h, 5);
        await checkpoint(h);
        await record(h, 5);
        const latest = await checkpoint(h);
        assert.equal((await operatorVerify(h)).ok, true);

        const keep = latest.seq - 4;
        await sql`delete from audit_chain where seq > ${keep}`.execute(db);
        await sql`update audit_head set seq = ${keep}, hash = (select hash from audit_chain where seq = ${keep}) where id = 1`.execute(
          db,
        );
        assert.equal(
          (await verifyAuditChain(db)).ok,
          true,
          'the links alone still hold: only a checkpoint shows the cut',
        );

        for (const verdict of [await operatorVerify(h), await outsiderVerify(h, [checkpointFile(h)])]) {
          assert.equal(verdict.ok, false);
          const [cut] = findings(verdict, 'truncated');
          assert.ok(cut, JSON.stringify(verdict.findings));
          assert.deepEqual([cut.fromSeq, cut.toSeq], [keep + 1, latest.seq]);
          assert.equal(
            cut.message,
            `the chain ends at seq ${keep} but the checkpoint signed at ${latest.at} covers up to seq ${latest.seq}: records ${keep + 1}..${latest.seq} are missing`,
          );
        }
        // The sequencer goes on sealing, but never signs the shortened chain.
        await record(h, 1);
        assert.equal(await h.platform.audit.checkpointNow(), null);
        assert.equal(fileLines(h).length, 2);
      } finally {
        await h.close();
      }
    });

    test('altering a record and recomputing every later hash is named, between the checkpoints around it', async () => {
      const h = await harness(driver);
      try {
        const db = h.platform.database.db;
        await record(h, 4);
        const first = await checkpoint(h);
        await record(h, 4);
        const second = await checkpoint(h);
        await record(h, 4);
        await checkpoint(h);

        const altered = first.seq + 2;
        await sql`update audit_chain set data = '{"i": 999}' where seq = ${altered}`.execute(db);
        await rehashFrom(db, altered);

        const outsider = await outsiderVerify(h, [checkpointFile(h)]);
        assert.equal(outsider.ok, false);
        assert.equal(outsider.firstBroken, undefined, 'every link holds after the rehash');
        const [rewrite] = findings(outsider, 'rewritten');
        assert.ok(rewrite, JSON.stringify(outsider.findings));
        assert.equal(rewrite.seq, second.seq, 'the first checkpoint that no longer matches');
        assert.deepEqual([rewrite.fromSeq, rewrite.toSeq], [first.seq + 1, second.seq]);
        assert.match(
          rewrite.message,
          new RegExp(
            `^record at seq ${second.seq} has hash [0-9a-f]{64} but the checkpoint signed at ${second.at} says ${second.hash}: the chain was rewritten at or before seq ${second.seq} and after seq ${first.seq} .*; 1 later checkpoints differ too$`,
          ),
        );

        // The operator also holds the writers' MAC key: it names the very record.
        const operator = await operatorVerify(h);
        assert.equal(operator.ok, false);
        assert.deepEqual(
          findings(operator, 'record_mac').map((f) => f.seq),
          [altered],
        );
        assert.equal(findings(operator, 'rewritten')[0]?.seq, second.seq);
      } finally {
        await h.close();
      }
    });

    test('pending entries without a valid writer MAC, or replayed, are quarantined and reported, never sealed', async () => {
      const h = await harness(driver);
      try {
        const db = h.platform.database.db;
        await record(h, 2, 'test.genuine');
        await checkpoint(h);
        const genuine = await db
          .selectFrom('audit_chain')
          .selectAll()
          .where('action', '=', 'test.genuine')
          .orderBy('seq')
          .executeTakeFirstOrThrow();
        const at = new Date();
        const forged = {
          actor: 'mallory',
          action: 'test.forged',
          entityType: 'thing',
          entityId: 'f',
          data: {},
        };
        const wrongKey = deriveAuditMacKey(Buffer.from('not-the-master-key'));
        const nonce = '0190a0b0-c0d0-7e0f-8000-000000000001';
        await sql`insert into audit_pending (at, actor, action, entity_type, entity_id, data)
                  values (${at}, 'mallory', 'test.forged', 'thing', 'no-mac', '{}')`.execute(db);
        await sql`insert into audit_pending (at, actor, action, entity_type, entity_id, data, nonce, mac)
                  values (${at}, 'mallory', 'test.forged', 'thing', 'f', '{}', ${nonce},
                          ${entryMac(wrongKey, { ...forged, at, nonce })})`.execute(db);
        await sql`insert into audit_pending (at, actor, action, entity_type, entity_id, data, nonce, mac)
                  select at, actor, action, entity_type, entity_id, data, nonce, mac from audit_chain
                   where seq = ${genuine.seq}`.execute(db);
        await record(h, 1, 'test.genuine');

        await h.platform.audit.checkpointNow();
        const chained = await db.selectFrom('audit_chain').select(['action']).execute();
        assert.equal(chained.filter((r) => r.action === 'test.forged').length, 0, 'nothing forged is sealed');
        assert.equal(chained.filter((r) => r.action === 'test.genuine').length, 3, 'genuine entries are');
        const quarantined = await db
          .selectFrom('audit_quarantine')
          .select(['entity_id', 'reason'])
          .orderBy('id')
          .execute();
        assert.deepEqual(
          quarantined.map((q) => q.entity_id),
          ['no-mac', 'f', 't0'],
        );
        assert.match(quarantined[0]!.reason, /no writer MAC/);
        assert.match(quarantined[1]!.reason, /does not verify/);
        assert.match(quarantined[2]!.reason, new RegExp(`replays the entry sealed at seq ${genuine.seq}`));

        const verdict = await operatorVerify(h);
        assert.equal(verdict.ok, false);
        assert.equal(findings(verdict, 'forged_pending').length, 3);
        assert.match(
          findings(verdict, 'forged_pending')[0]!.message,
          /^forged pending entry #\d+ \(test\.forged on thing no-mac/,
        );
        assert.equal((await verifyAuditChain(db)).ok, true, 'the chain itself stays intact');
        await sql`delete from audit_quarantine`.execute(db);
      } finally {
        await h.close();
      }
    });

    test('a tampered checkpoint, in the file or in the database copy, fails its signature', async () => {
      const h = await harness(driver);
      try {
        const db = h.platform.database.db;
        await record(h, 3);
        const signed = await checkpoint(h);
        const forgedLine = checkpointLine({ ...signed, seq: signed.seq + 5 });
        writeFileSync(checkpointFile(h), `${forgedLine}\nnot json\n`);
        await sql`update audit_checkpoints set hash = ${'0'.repeat(64)} where seq = ${signed.seq}`.execute(
          db,
        );

        const verdict = await operatorVerify(h);
        assert.equal(verdict.ok, false);
        const bad = findings(verdict, 'bad_checkpoint');
        assert.deepEqual(
          bad.map((f) => f.source),
          [
            `${checkpointFile(h)} line 1`,
            `${checkpointFile(h)} line 2`,
            'the database copy (audit_checkpoints)',
          ],
        );
        assert.match(bad[0]!.message, /signature does not verify/);
        assert.equal(findings(verdict, 'truncated').length, 0, 'a checkpoint that fails is not believed');
      } finally {
        await h.close();
      }
    });

    test('an outsider verifies with only the published key and a copy of the checkpoints from the API', async () => {
      const h = await harness(driver);
      try {
        const db = h.platform.database.db;
        await record(h, 3);
        await checkpoint(h);
        await record(h, 3);
        const latest = await checkpoint(h);

        const key = await h.request('GET', '/v1/audit/public-key');
        assert.equal(key.status, 200, key.text);
        assert.equal(key.body.fingerprint, latest.keyId);
        const page = await h.request('GET', '/v1/audit/checkpoints?after=0&limit=1');
        const rest = await h.request('GET', `/v1/audit/checkpoints?after=${page.body.nextAfter}`);
        assert.equal(page.status, 200, page.text);
        assert.equal(rest.body.nextAfter, null);
        const copies = [...page.body.items, ...rest.body.items] as Checkpoint[];
        assert.deepEqual(copies.at(-1), latest);
        const dir = tempFolder('ipp-outsider-');
        const copy = join(dir, 'my-checkpoints.ndjson');
        writeFileSync(copy, copies.map((c) => `${checkpointLine(c)}\n`).join(''));
        const publicKey = parsePublicKey(key.body.publicKeyPem);
        const outsider = (files: string[], keys = [publicKey]) =>
          verifyAudit(db, { seal: false, macKey: null, publicKeys: keys, checkpointFiles: files });

        const intact = await outsider([copy]);
        assert.equal(intact.ok, true, JSON.stringify(intact.findings));
        assert.equal(intact.checkpoints, 2);
        assert.deepEqual(intact.latestCheckpoint, latest);

        // Somebody with database access cuts the end off and removes the database's copies; the
        // outsider's own copy still shows it.
        await sql`delete from audit_checkpoints`.execute(db);
        await sql`delete from audit_chain where seq > ${latest.seq - 2}`.execute(db);
        await sql`update audit_head set seq = ${latest.seq - 2}, hash = (select hash from audit_chain where seq = ${latest.seq - 2}) where id = 1`.execute(
          db,
        );
        const cut = await outsider([copy]);
        assert.equal(cut.ok, false);
        assert.match(
          findings(cut, 'truncated')[0]?.message ?? '',
          new RegExp(`records ${latest.seq - 1}\\.\\.${latest.seq} are missing$`),
        );

        const stranger = generateKeyPairSync('ed25519').publicKey;
        const wrongKey = await outsider([copy], [stranger]);
        assert.equal(findings(wrongKey, 'bad_checkpoint').length, 2);
        assert.match(findings(wrongKey, 'bad_checkpoint')[0]!.message, /not a trusted key/);
      } finally {
        await h.close();
      }
    });
  });
}
