// Modules a run may not need, loaded on first use: a scan of a few manifests should not pay start-up time for
// schema validation, archives, globbing or yaml's document model. Each is loaded synchronously (these packages
// ship CommonJS for Node), once, from wherever Node resolves it for this file.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function lazy<T>(id: string): () => T {
  let m: T | undefined;
  return () => (m ??= require(id) as T);
}

export const yamlLib = lazy<typeof import('yaml')>('yaml');
export const ajvLib = lazy<typeof import('ajv')>('ajv');
export const ajvFormatsLib = lazy<typeof import('ajv-formats')>('ajv-formats');
export const fastGlobLib = lazy<typeof import('fast-glob')>('fast-glob');
export const tarLib = lazy<typeof import('tar')>('tar');
export const jsoncLib = lazy<typeof import('jsonc-parser')>('jsonc-parser');
export const picomatchLib = lazy<typeof import('picomatch')>('picomatch');
export const tomlLib = lazy<typeof import('toml-eslint-parser')>('toml-eslint-parser');
