// Where the installed package lives, so shipped data (lib/data/...) can be found from compiled code.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root: the nearest directory above this module that holds lib/data/. Compiled modules run from
 * dist/lib/, the bundled CLI from dist/cli/; the data files stay in lib/data/ (they ship in the npm package next to
 * dist/, see package.json "files") rather than being copied into either.
 */
export const packageRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'lib', 'data'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

/** Absolute path of a file under the package's lib/data/ directory. */
export function dataPath(...parts: string[]): string {
  return path.join(packageRoot, 'lib', 'data', ...parts);
}
