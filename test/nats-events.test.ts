import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { Database } from '../src/db/database.ts';
import type { DomainEvent } from '../src/events/event.ts';
import { natsEventPublisher } from '../src/events/index.ts';

/**
 * The domain-event publisher against a real NATS JetStream server: every event reaches the stream
 * under `<stream>.<event type>` with its fields, and a re-publish of the same event (a crash between
 * publishing and advancing the cursor) is dropped by the duplicate window. Needs NATS_URL; under CI
 * its absence is a failure.
 */
const natsUrl = process.env.NATS_URL;
if (!natsUrl && process.env.CI === 'true')
  throw new Error('CI must set NATS_URL for the NATS event publisher test');

function event(type: string, seq: number): DomainEvent {
  return {
    id: randomUUID(),
    seq,
    type,
    subjectType: 'item',
    subjectId: randomUUID(),
    marketplaceId: null,
    data: { decision: 'remove', note: '下架 ✓' },
    occurredAt: new Date('2026-12-07T12:00:00.000Z'),
  };
}

describe(
  'domain events published to NATS JetStream',
  { skip: natsUrl ? false : 'NATS_URL is not set' },
  () => {
    const stream = `IPP_EVENTS_TEST_${randomUUID().replaceAll('-', '').slice(0, 12).toUpperCase()}`;
    after(async () => {
      const nc = await connect({ servers: natsUrl! });
      await (await jetstreamManager(nc)).streams.delete(stream).catch(() => false);
      await nc.close();
    });

    test('each event once, under its type, with its fields; a re-publish is dropped', async () => {
      const publisher = await natsEventPublisher({ url: natsUrl!, stream });
      const decided = event('item.decided', 1);
      const appealed = event('decision.appealed', 2);
      const trx = undefined as unknown as Database; // the publisher does not touch the database
      await publisher.handle(trx, [decided, appealed]);
      // the cursor did not advance (a crash): the same events again
      await publisher.handle(trx, [decided, appealed]);
      await publisher.close();

      const nc = await connect({ servers: natsUrl! });
      try {
        const jsm = await jetstreamManager(nc);
        const info = await jsm.streams.info(stream);
        assert.equal(info.state.messages, 2, 'the duplicates were dropped');
        await jsm.consumers.add(stream, {
          durable_name: 'reader',
          ack_policy: AckPolicy.None,
          deliver_policy: DeliverPolicy.All,
        });
        const consumer = await jetstream(nc).consumers.get(stream, 'reader');
        const seen: Array<{ subject: string; body: Record<string, unknown> }> = [];
        for (let k = 0; k < 2; k++) {
          const message = await consumer.next({ expires: 10_000 });
          assert.ok(message, 'a message was delivered');
          seen.push({ subject: message.subject, body: message.json() });
        }
        const prefix = stream.toLowerCase();
        assert.deepEqual(
          seen.map((m) => m.subject),
          [`${prefix}.item.decided`, `${prefix}.decision.appealed`],
        );
        assert.deepEqual(seen[0]!.body, {
          id: decided.id,
          seq: 1,
          type: 'item.decided',
          subject: { type: 'item', id: decided.subjectId },
          marketplaceId: null,
          occurredAt: '2026-12-07T12:00:00.000Z',
          data: { decision: 'remove', note: '下架 ✓' },
        });
      } finally {
        await nc.close();
      }
    });
  },
);
