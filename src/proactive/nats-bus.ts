import {
  AckPolicy,
  type JetStreamClient,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';

const SUBJECT_SUFFIX = 'listings';
const CONSUMER = 'ipp-scanners';
const IDS_PER_MESSAGE = 200;

/**
 * Listing ids travel over a JetStream work-queue stream: each message is delivered to one of the
 * scan workers sharing the durable consumer, and removed once acknowledged. A worker that dies
 * before acking leaves the message to be redelivered (ack wait), so every listing gets scanned.
 */
export class NatsScanBus {
  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly stream: string,
  ) {}

  static async connect(url: string, stream: string): Promise<NatsScanBus> {
    const nc = await connect({ servers: url, name: 'openipp' });
    const jsm = await jetstreamManager(nc);
    const subject = `${stream.toLowerCase()}.${SUBJECT_SUFFIX}`;
    try {
      await jsm.streams.info(stream);
    } catch {
      await jsm.streams.add({ name: stream, subjects: [subject], retention: RetentionPolicy.Workqueue });
    }
    try {
      await jsm.consumers.info(stream, CONSUMER);
    } catch {
      await jsm.consumers.add(stream, {
        durable_name: CONSUMER,
        ack_policy: AckPolicy.Explicit,
        ack_wait: 30_000_000_000,
        max_deliver: 10,
      });
    }
    return new NatsScanBus(nc, jetstream(nc), stream);
  }

  private get subject() {
    return `${this.stream.toLowerCase()}.${SUBJECT_SUFFIX}`;
  }

  async publish(listingIds: readonly string[]): Promise<void> {
    for (let i = 0; i < listingIds.length; i += IDS_PER_MESSAGE) {
      await this.js.publish(
        this.subject,
        JSON.stringify({ listingIds: listingIds.slice(i, i + IDS_PER_MESSAGE) }),
      );
    }
  }

  /** Consumes until `stop()`; a message is acked only after the handler succeeded. */
  async consume(
    handler: (listingIds: string[]) => Promise<void>,
    onError: (error: unknown) => void,
  ): Promise<{ stop(): Promise<void> }> {
    const consumer = await this.js.consumers.get(this.stream, CONSUMER);
    const messages = await consumer.consume({ max_messages: 2 });
    const loop = (async () => {
      for await (const message of messages) {
        try {
          const body = message.json<{ listingIds: string[] }>();
          await handler(
            Array.isArray(body.listingIds) ? body.listingIds.filter((id) => typeof id === 'string') : [],
          );
          message.ack();
        } catch (error) {
          onError(error);
          message.nak(1_000);
        }
      }
    })();
    return {
      async stop() {
        await messages.close();
        await loop;
      },
    };
  }

  async close(): Promise<void> {
    await this.nc.drain();
  }
}
