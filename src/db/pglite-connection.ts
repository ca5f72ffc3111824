import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import { serialize } from 'pg-protocol';

/**
 * The connection node-postgres talks through to the embedded database. PGlite's own adapter
 * (`@electric-sql/pglite/node-postgres`) hands every protocol message to the engine as it comes:
 * one query with parameters is Parse, Bind, Describe, Execute and Sync, so five entries into the
 * engine, five turns of its main loop and five promise hops, each followed by a file-system sync.
 * This one keeps the messages of an extended-protocol exchange until node-postgres sends Sync (or
 * Flush) and hands them over in one buffer, as a socket would deliver them to a server, which the
 * engine reads message by message in one call. Simple queries go at once. What comes back is the
 * same list of parsed messages, emitted by name as node-postgres expects them.
 */
export class PgliteConnection extends EventEmitter {
  /** node-postgres reads and writes these on its connection. */
  _connecting = false;
  readonly parsedStatements: Record<string, string> = {};
  readonly submittedNamedStatements: Record<string, string> = {};
  readonly stream = { destroy: () => this.end() };

  private pending: Uint8Array[] = [];
  private queue: Promise<unknown>;
  private listening = false;

  constructor(private readonly pglite: PGlite) {
    super();
    this.queue = pglite.waitReady;
    this.on('newListener', (event) => {
      if (event === 'message') this.listening = true;
    });
  }

  async connect(): Promise<void> {
    this._connecting = true;
    await this.pglite.waitReady;
    process.nextTick(() => this.emit('readyForQuery'));
  }

  // Authentication and TLS do not apply in process.
  requestSsl(): void {}
  startup(): void {}
  cancel(): void {}
  password(): void {}
  ref(): void {}
  unref(): void {}

  query(text: string): void {
    this.hold(serialize.query(text));
    this.send();
  }
  parse(query: Parameters<typeof serialize.parse>[0]): void {
    this.hold(serialize.parse(query));
  }
  bind(config: Parameters<typeof serialize.bind>[0]): void {
    this.hold(serialize.bind(config));
  }
  describe(msg: Parameters<typeof serialize.describe>[0]): void {
    this.hold(serialize.describe(msg));
  }
  execute(config: Parameters<typeof serialize.execute>[0]): void {
    this.hold(serialize.execute(config));
  }
  close(msg: Parameters<typeof serialize.close>[0]): void {
    this.hold(serialize.close(msg));
  }
  flush(): void {
    this.hold(serialize.flush());
    this.send();
  }
  sync(): void {
    this.hold(serialize.sync());
    this.send();
  }
  sendCopyFromChunk(chunk: Buffer): void {
    this.hold(serialize.copyData(chunk));
    this.send();
  }
  endCopyFrom(): void {
    this.hold(serialize.copyDone());
    this.send();
  }
  sendCopyFail(message: string): void {
    this.hold(serialize.copyFail(message));
    this.send();
  }

  end(): void {
    this.queue = this.queue.then(() => {
      this.emit('end');
    });
    for (const event of this.eventNames()) if (event !== 'newListener') this.removeAllListeners(event);
    this.listening = false;
  }

  private hold(message: Uint8Array): void {
    this.pending.push(message);
  }

  /** Hands what is held to the engine, after whatever was handed before it. */
  private send(): void {
    const parts = this.pending;
    this.pending = [];
    const message = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
    this.queue = this.queue
      .then(() => this.pglite.execProtocolStream(message, { throwOnError: false }))
      .then((messages) => {
        for (const m of messages) {
          if (this.listening) this.emit('message', m);
          this.emit(m.name === 'error' ? 'errorMessage' : m.name, m);
        }
      })
      .catch((error) => {
        this.emit('error', error);
      });
  }
}
