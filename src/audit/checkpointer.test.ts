import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { drivers } from '../../test/support/harness.ts';
import { sealAllAudit, sealAudit } from './audit.repository.ts';
import { type Checkpoint, checkpointSigner } from './checkpoint.ts';
import { AuditCheckpointer } from './checkpointer.ts';
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
} from './test-fixtures.ts';

after(removeCheckpointFolders);

for (const driver of drivers()) {
  describe(`audit checkpointer (${driver})`, () => {
    test('records rewritten after the last checkpoint are never signed by the next one', async () => {
      const h = await harness(driver);
      try {
        const db = h.platform.database.db;
        await record(h, 3);
        const first = await checkpoint(h);
        await record(h, 3);
        await sealAllAudit(db);
        // Sealed, not yet checkpointed: one record altered (its MAC kept), the next one's MAC
        // removed, every later hash recomputed.
        await sql`update audit_chain set data = '{"i": 7}' where seq = ${first.seq + 2}`.execute(db);
        await sql`update audit_chain set nonce = null, mac = null where seq = ${first.seq + 3}`.execute(db);
        await rehashFrom(db, first.seq + 2);
        await record(h, 1);
        // Neither this process nor another one (which remembers nothing it sealed) signs it.
        const other = new AuditCheckpointer(db, {
          signer: checkpointSigner(h.config.audit.signingKey),
          file: checkpointFile(h),
          intervalMs: 0,
        });
        assert.equal(await h.platform.audit.checkpointNow(), null);
        assert.equal(await other.checkpoint(), null);
        assert.equal(fileLines(h).length, 1);
        const verdict = await operatorVerify(h);
        assert.equal(verdict.ok, false);
        assert.deepEqual(
          findings(verdict, 'record_mac').map((f) => f.seq),
          [first.seq + 2, first.seq + 3],
        );
        assert.match(findings(verdict, 'record_mac')[0]!.message, /does not verify/);
        assert.match(
          findings(verdict, 'record_mac')[1]!.message,
          /no writer MAC although the records before it do/,
        );
      } finally {
        await h.close();
      }
    });

    test('a restarted process resumes from the checkpoint file: a cut-off end is not signed even when the database copies are gone', async () => {
      const h = await harness(driver);
      try {
        const db = h.platform.database.db;
        await record(h, 3);
        await checkpoint(h);
        await record(h, 3);
        const latest = await checkpoint(h);
        await sql`delete from audit_checkpoints`.execute(db);
        await sql`delete from audit_chain where seq > ${latest.seq - 2}`.execute(db);
        await sql`update audit_head set seq = ${latest.seq - 2}, hash = (select hash from audit_chain where seq = ${latest.seq - 2}) where id = 1`.execute(
          db,
        );
        await record(h, 1);
        await sealAllAudit(db);
        const restarted = new AuditCheckpointer(db, {
          signer: checkpointSigner(h.config.audit.signingKey),
          file: checkpointFile(h),
          intervalMs: 0,
        });
        assert.equal(await restarted.checkpoint(), null);
        assert.equal(fileLines(h).length, 2);
      } finally {
        await h.close();
      }
    });

    test('checkpoints: only after sealing, at most once per interval, monotonic across processes', async () => {
      const h = await harness(driver);
      try {
        const db = h.platform.database.db;
        // The platform's own sequencer stops (signing what it sealed); two "processes" take over.
        await h.platform.audit.stop();
        const before = fileLines(h).map((line) => (JSON.parse(line) as Checkpoint).seq);
        const signer = checkpointSigner(h.config.audit.signingKey);
        const process = () =>
          new AuditCheckpointer(db, { signer, file: checkpointFile(h), intervalMs: 60_000 });
        const a = process();
        const b = process();
        const t0 = Date.now();
        assert.equal(await a.maybeCheckpoint(t0 + 61_000), null, 'nothing sealed, nothing signed');
        await record(h, 2);
        const sealed = await sealAudit(db);
        assert.ok(sealed);
        a.noteSealed(sealed);
        assert.equal(await a.maybeCheckpoint(t0 + 1_000), null, 'not within the first interval');
        const first = await a.maybeCheckpoint(t0 + 61_000);
        assert.equal(first?.seq, sealed.to.seq);
        await record(h, 2);
        const again = await sealAudit(db);
        assert.ok(again);
        a.noteSealed(again);
        assert.equal(await a.maybeCheckpoint(t0 + 62_000), null, 'not within the interval');
        assert.equal(await b.maybeCheckpoint(t0 + 200_000), null, 'b sealed nothing');
        const second = await a.maybeCheckpoint(t0 + 122_000);
        assert.equal(second?.seq, again.to.seq);
        assert.equal(await b.checkpoint(), null, 'b finds the head already covered');
        const seqs = fileLines(h).map((line) => (JSON.parse(line) as Checkpoint).seq);
        assert.deepEqual(seqs, [...before, first!.seq, second!.seq]);
        const stored = await db.selectFrom('audit_checkpoints').select('seq').orderBy('seq').execute();
        assert.deepEqual(
          stored.map((r) => Number(r.seq)),
          seqs,
        );
      } finally {
        await h.close();
      }
    });
  });
}
