import { type JetStreamClient, jetstream, jetstreamManager, RetentionPolicy } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Subscriber } from './dispatcher.ts';
import type { DomainEvent } from './event.ts';

/**
 * Publishes every domain event to a NATS JetStream stream (subject `<prefix>.<event type>`), for
 * consumers outside the platform: reports, data warehouses, other services. The message id is the
 * event id, so JetStream's duplicate window drops the re-publish that follows a crash between
 * publishing and advancing the cursor (at least once becomes effectively once within the window).
 */
export async function natsEventPublisher(options: {
  url: string;
  stream: string;
}): Promise<Subscriber & { close(): Promise<void> }> {
  const nc: NatsConnection = await connect({ servers: options.url, name: 'openipp-events' });
  const prefix = options.stream.toLowerCase();
  const jsm = await jetstreamManager(nc);
  try {
    await jsm.streams.info(options.stream);
  } catch {
    await jsm.streams.add({
      name: options.stream,
      subjects: [`${prefix}.>`],
      retention: RetentionPolicy.Limits,
      duplicate_window: 120_000_000_000,
    });
  }
  const js: JetStreamClient = jetstream(nc);
  return {
    name: `nats:${options.stream}`,
    startAt: 'head',
    accepts: () => true,
    async handle(_trx, events: readonly DomainEvent[]) {
      for (const event of events) {
        await js.publish(
          `${prefix}.${event.type}`,
          JSON.stringify({
            id: event.id,
            seq: event.seq,
            type: event.type,
            subject: { type: event.subjectType, id: event.subjectId },
            marketplaceId: event.marketplaceId,
            occurredAt: event.occurredAt.toISOString(),
            data: event.data,
          }),
          { msgID: event.id },
        );
      }
    },
    async close() {
      await nc.drain();
    },
  };
}
