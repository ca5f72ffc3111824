import { testConfig } from '../../src/config/config.ts';
import { createPlatform } from '../../src/platform.ts';

/** The app's OpenAPI document as served at /openapi.json, from an in-memory platform. */
export async function openApiDocument(): Promise<string> {
  const platform = await createPlatform(testConfig());
  try {
    const res = await platform.app.inject({ method: 'GET', url: '/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`GET /openapi.json answered ${res.statusCode}`);
    return res.body;
  } finally {
    await platform.close();
  }
}
