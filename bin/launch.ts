#!/usr/bin/env node
// Entry of the bundled CLI (dist/cli/kubecis.js). With --debug, stack traces of internal errors name the TypeScript
// sources: Node reads a module's source map only if source maps are on when the module loads, so they are turned
// on here, before the rest of the CLI is imported. Without --debug nothing is read and start-up stays short.
// V8's tier-up flags (bin/tier-up.ts) are set first, before any code gets warm.
import { setFlagsFromString } from 'node:v8';
import { tierUpFlags } from './tier-up.js';

for (const flag of tierUpFlags(process.versions.v8, process.env, process.execArgv)) setFlagsFromString(flag);
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
await import('./kubecis.js');
