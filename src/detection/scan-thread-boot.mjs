// Entry of a scan thread (see scan-pool.ts): registers tsx's loader in this thread, as bin/ipp.js
// does for the process, then runs the TypeScript thread unchanged.
import { register } from 'tsx/esm/api';

register();
await import('./scan-thread.ts');
