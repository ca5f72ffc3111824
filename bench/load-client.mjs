import { parentPort, workerData } from 'node:worker_threads';

/**
 * The load generator of the notice benchmark, run in its own thread so that the client's HTTP and
 * JSON work does not share the server's event loop (as a real marketplace integration would not).
 * For each listing: file a single-listing notice, then decide its item (remove).
 */
/** @type {{ base: string, brandToken: string, reviewerToken: string, rightId: string, evidence: object, listingIds: string[], concurrency: number }} */
const job = workerData;

async function post(path, token, body) {
  const res = await fetch(`${job.base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`POST ${path} -> ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

let next = 0;
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
parentPort?.postMessage({ seconds: (performance.now() - started) / 1000, count: job.listingIds.length });
