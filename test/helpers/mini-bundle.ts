// In-memory bundles for loader and helper tests: members plus a bundle.json with correct sizes and checksums.
import { createHash } from 'node:crypto';
import { readBundles } from '../../lib/load/bundle.js';
import type { RawBundle } from '../../lib/load/sources.js';
import { DEFAULT_PARSE_LIMITS } from '../../lib/model/parse.js';
import type { NodeFacts } from '../../lib/model/types.js';

export type Members = Record<string, string | Buffer>;

/** A /proc cmdline member: arguments ended by NUL. */
export const argv = (...args: string[]): Buffer => Buffer.from(args.map((a) => `${a}\0`).join(''));

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A node bundle with correct checksums; components come from processes/*.cmdline members; `json` overrides fields. */
export function nodeBundle(members: Members, json: Record<string, unknown> = {}, file = 'node.tgz'): RawBundle & { members: Map<string, Buffer> } {
  const m = new Map<string, Buffer>(Object.entries(members).map(([k, v]) => [k, Buffer.isBuffer(v) ? v : Buffer.from(v)]));
  const components = Object.keys(members)
    .filter((k) => /^processes\/[a-z]+\.cmdline$/.test(k))
    .map((k, i) => ({ name: k.slice(10, -8), pid: 100 + i, cmdline: k, version: 'v1.31.2' }));
  const body: Record<string, unknown> = {
    formatVersion: 1,
    collector: { name: 'kubecis-collect', version: '0.1.0' },
    mode: 'node',
    collectedFrom: 'host',
    cluster: { name: 'demo', serverVersion: 'v1.31.2' },
    node: { name: 'node-1', roles: ['worker'] },
    startedAt: '2026-03-01T10:00:00Z',
    finishedAt: '2026-03-01T10:00:05Z',
    components,
    files: [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([p, d]) => ({ path: p, size: d.length, sha256: sha(d) })),
    redactions: [],
    warnings: [],
    ...json,
  };
  for (const [k, v] of Object.entries(json)) if (v === undefined) delete body[k];
  m.set('bundle.json', Buffer.from(JSON.stringify(body, null, 2)));
  return { file, members: m };
}

/** A cluster bundle with correct checksums. */
export function clusterBundle(members: Members, file = 'cluster.tgz'): RawBundle & { members: Map<string, Buffer> } {
  return nodeBundle(members, { mode: 'cluster', node: undefined, collectedFrom: undefined, components: [] }, file);
}

export function readAll(...bundles: RawBundle[]) {
  return readBundles(bundles, { parseLimits: DEFAULT_PARSE_LIMITS });
}

/** The single node of one node bundle (asserting a clean load is up to the caller). */
export function nodeOf(members: Members, json: Record<string, unknown> = {}): NodeFacts {
  return readAll(nodeBundle(members, json)).nodes[0];
}
