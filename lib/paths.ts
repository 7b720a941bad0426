// Where the installed package lives, so shipped data (lib/data/...) can be found from compiled code.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root. Compiled code runs from dist/lib/paths.js, two levels below the root; the data files stay in
 * lib/data/ (they ship in the npm package next to dist/, see package.json "files") rather than being copied by tsc.
 */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a file under the package's lib/data/ directory. */
export function dataPath(...parts: string[]): string {
  return path.join(packageRoot, 'lib', 'data', ...parts);
}
