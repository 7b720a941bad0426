// Paths the tests use: the repository root (compiled tests run from dist/test/...).
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

/** Repository root: dist/test/helpers/paths.js -> ../../.. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function fromRoot(...parts: string[]): string {
  return path.join(repoRoot, ...parts);
}
