#!/usr/bin/env node
// Entry of the bundled CLI (dist/cli/kubecis.js). With --debug, stack traces of internal errors name the TypeScript
// sources: Node reads a module's source map only if source maps are on when the module loads, so they are turned
// on here, before the rest of the CLI is imported. Without --debug nothing is read and start-up stays short.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
await import('./kubecis.js');
