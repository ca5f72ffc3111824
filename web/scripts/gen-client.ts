import { writeFileSync } from 'node:fs';
import { CLIENT_SCHEMA_PATH, clientSource } from './client-source.ts';

writeFileSync(CLIENT_SCHEMA_PATH, await clientSource());
console.log(`wrote ${CLIENT_SCHEMA_PATH.pathname}`);
