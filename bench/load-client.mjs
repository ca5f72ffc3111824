import { Agent, request } from 'node:http';

/**
 * The load generator of the notice benchmark, a process of its own so that its CPU is measured
 * apart from the server's (as a real marketplace integration would run elsewhere). It uses
 * node:http with keep-alive connections, one per concurrent client. For each listing: file a
 * single-listing notice, then decide its item (remove). The job arrives as JSON on stdin; the
 * result ({ seconds, count, cpuMs }) is printed as JSON on stdout.
 */
/** @type {{ base: string, brandToken: string, reviewerToken: string, rightId: string, evidence: object, listingIds: string[], concurrency: number }} */
const job = JSON.parse(await readStdin());
const base = new URL(job.base);
const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

function post(path, token, body) {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 300)
            reject(new Error(`POST ${path} -> ${res.statusCode}: ${text.slice(0, 300)}`));
          else resolve(JSON.parse(text));
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

let next = 0;
const cpuStart = process.cpuUsage();
const started = performance.now();
await Promise.all(
  Array.from({ length: job.concurrency }, async () => {
    while (next < job.listingIds.length) {
      const listingId = job.listingIds[next++];
      const filed = await post('/v1/notices', job.brandToken, {
        rightId: job.rightId,
        infringementType: 'counterfeit',
        items: [{ listingId, evidence: [job.evidence] }],
        statements: { goodFaith: true, accuracy: true, authority: true },
        contact: { name: 'Bench', email: 'bench@brand.example' },
      });
      await post(`/v1/items/${filed.items[0].id}/decision`, job.reviewerToken, {
        decision: 'remove',
        reasonText: 'Counterfeit of the registered mark',
      });
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
agent.destroy();
process.stdout.write(
  JSON.stringify({ seconds, count: job.listingIds.length, cpuMs: (cpu.user + cpu.system) / 1000 }),
);
