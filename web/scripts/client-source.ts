import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from './openapi-document.ts';

export const CLIENT_SCHEMA_PATH = new URL('../src/api/schema.d.ts', import.meta.url);

const HEADER = `/**
 * Generated from the app's /openapi.json by \`npm run gen:client\` (web/scripts/gen-client.ts).
 * Do not edit: test/portal-client.test.ts fails when this file differs from a fresh generation.
 */

`;

/** The typed client's schema module for the OpenAPI document the app serves now. */
export async function clientSource(): Promise<string> {
  const doc = JSON.parse(await openApiDocument());
  const ast = await openapiTS(doc, { exportType: true, alphabetize: true, defaultNonNullable: false });
  return HEADER + astToString(ast);
}
