import { connect } from 'node:net';

/**
 * The load generator of the notice benchmark, a process of its own so that its CPU is measured
 * apart from the server's (a real marketplace integration runs elsewhere). On this 2-core machine
 * every cycle the client spends is taken from the server, so it speaks HTTP/1.1 itself over one
 * keep-alive connection per concurrent client (like wrk), instead of through a general-purpose
 * HTTP library. For each listing: file a single-listing notice, then decide its item (remove).
 * The job arrives as JSON on stdin; the result ({ seconds, count, cpuMs }) is printed on stdout.
 */
/** @type {{ base: string, brandToken: string, reviewerToken: string, rightId: string, evidence: object, listingIds: string[], concurrency: number }} */
const job = JSON.parse(await readStdin());
const base = new URL(job.base);

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/** One keep-alive connection; requests on it are sequential. */
function openConnection() {
  const socket = connect({ host: base.hostname, port: Number(base.port), noDelay: true });
  let buffer = Buffer.alloc(0);
  /** @type {{ resolve: (v: { status: number, body: string }) => void, reject: (e: Error) => void } | null} */
  let waiting = null;
  const fail = (error) => {
    waiting?.reject(error);
    waiting = null;
  };
  socket.on('error', fail);
  socket.on('close', () => fail(new Error('connection closed')));
  socket.on('data', (chunk) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    const headEnd = buffer.indexOf('\r\n\r\n');
    if (headEnd < 0 || !waiting) return;
    const head = buffer.toString('latin1', 0, headEnd);
    const status = Number(head.slice(9, 12));
    const match = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!match) return fail(new Error(`response without content-length: ${head}`));
    const end = headEnd + 4 + Number(match[1]);
    if (buffer.length < end) return;
    const body = buffer.toString('utf8', headEnd + 4, end);
    buffer = buffer.subarray(end);
    const done = waiting;
    waiting = null;
    done.resolve({ status, body });
  });
  const ready = new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return {
    ready,
    async post(path, token, payload) {
      const body = JSON.stringify(payload);
      const response = new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
      socket.write(
        `POST ${path} HTTP/1.1\r\nhost: ${base.host}\r\nauthorization: Bearer ${token}\r\n` +
          `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      const { status, body: text } = await response;
      if (status >= 300) throw new Error(`POST ${path} -> ${status}: ${text.slice(0, 300)}`);
      return JSON.parse(text);
    },
    close: () => socket.end(),
  };
}

const connections = Array.from({ length: job.concurrency }, openConnection);
await Promise.all(connections.map((c) => c.ready));
let next = 0;
const cpuStart = process.cpuUsage();
const started = performance.now();
await Promise.all(
  connections.map(async (connection) => {
    while (next < job.listingIds.length) {
      const listingId = job.listingIds[next++];
      const filed = await connection.post('/v1/notices', job.brandToken, {
        rightId: job.rightId,
        infringementType: 'counterfeit',
        items: [{ listingId, evidence: [job.evidence] }],
        statements: { goodFaith: true, accuracy: true, authority: true },
        contact: { name: 'Bench', email: 'bench@brand.example' },
      });
      await connection.post(`/v1/items/${filed.items[0].id}/decision`, job.reviewerToken, {
        decision: 'remove',
        reasonText: 'Counterfeit of the registered mark',
      });
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
for (const c of connections) c.close();
process.stdout.write(
  JSON.stringify({ seconds, count: job.listingIds.length, cpuMs: (cpu.user + cpu.system) / 1000 }),
);
