#!/usr/bin/env node
// The `ipp` command: registers tsx's loader, then runs the TypeScript CLI unchanged, so the
// installed bin and `npm run ipp` execute the very same source.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
