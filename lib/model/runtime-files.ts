// Node files beyond the Kubernetes components: container runtime configuration (containerd, CRI-O; TOML with
// positions) and the systemd timers the collector copies because they run etcd snapshots (raw text).
import type { ConfigFile, FileStat, LoadError } from './types.js';
import { parseTomlDocument } from './toml.js';

export const CONTAINERD_CONFIG = '/etc/containerd/config.toml';
export const CRIO_CONFIG = '/etc/crio/crio.conf';
export const CRIO_DROP_IN_DIR = '/etc/crio/crio.conf.d';
/** The folder the collector copies backup timers and their services from. */
export const SYSTEMD_UNIT_DIR = '/etc/systemd/system';

export interface NodeFileAccess {
  readonly bundle: string;
  readonly members: ReadonlyMap<string, Buffer>;
  readonly files: ReadonlyMap<string, FileStat>;
  /** The trusted member that holds a node path (symbolic links resolved as the collector recorded them). */
  memberFor(nodePath: string): string | undefined;
  /** A node path with its symbolic links resolved as the collector recorded them. */
  resolve(nodePath: string): string;
}

function decode(data: Buffer): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/^\uFEFF/, '');
}

/** Member names directly inside the folder that holds `dir`'s copies, with their base names, sorted. */
function membersIn(access: NodeFileAccess, dir: string, re: RegExp): { base: string; member: string }[] {
  const prefixes = new Set([`files${access.resolve(dir).replace(/\/+$/, '')}/`, `files${dir}/`]);
  const out = new Map<string, string>();
  for (const m of [...access.members.keys()].sort()) {
    for (const p of prefixes) {
      const base = m.slice(p.length);
      if (m.startsWith(p) && !base.includes('/') && re.test(base) && !out.has(base)) out.set(base, m);
    }
  }
  return [...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([base, member]) => ({ base, member }));
}

/**
 * Container runtime configuration files and etcd backup timers of a node bundle, by node path. TOML that does not
 * parse becomes a load error and a ConfigFile without `doc` (so rules can say it could not be read).
 */
export function runtimeFiles(access: NodeFileAccess, errors: LoadError[]): Map<string, ConfigFile> {
  const out = new Map<string, ConfigFile>();
  const toml = (nodePath: string, member: string, kind: string) => {
    const file = `${access.bundle}!${member}`;
    const parsed = parseTomlDocument(decode(access.members.get(member)!), file, kind);
    errors.push(...parsed.errors);
    out.set(nodePath, Object.freeze({ path: nodePath, ...(parsed.doc ? { doc: parsed.doc } : {}), loc: Object.freeze({ file, line: 1, column: 1 }) }));
  };
  const containerd = access.memberFor(CONTAINERD_CONFIG);
  if (containerd) toml(CONTAINERD_CONFIG, containerd, 'ContainerdConfig');
  const crio = access.memberFor(CRIO_CONFIG);
  if (crio) toml(CRIO_CONFIG, crio, 'CrioConfig');
  for (const { base, member } of membersIn(access, CRIO_DROP_IN_DIR, /\.conf$/)) toml(`${CRIO_DROP_IN_DIR}/${base}`, member, 'CrioConfig');
  for (const { base, member } of membersIn(access, SYSTEMD_UNIT_DIR, /\.(timer|service)$/)) {
    const nodePath = `${SYSTEMD_UNIT_DIR}/${base}`;
    // Component units (kubelet.service and friends) are read elsewhere; only timers and what they start are added.
    if (/^(kubelet|kube-[a-z-]+|etcd)\.service$/.test(base)) continue;
    out.set(nodePath, Object.freeze({ path: nodePath, text: decode(access.members.get(member)!), loc: Object.freeze({ file: `${access.bundle}!${member}`, line: 1, column: 1 }) }));
  }
  return out;
}
