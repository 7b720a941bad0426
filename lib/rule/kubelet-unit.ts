// The kubelet's systemd unit as systemd reads it: the unit file from the highest-priority folder, then every drop-in
// (kubelet.service.d/*.conf) in file name order, a drop-in in /etc masking one of the same name in /run or /usr/lib.
// List settings such as IPAddressDeny= accumulate across files, and an empty assignment clears them.
import type { ConfigFile, Loc, NodeFacts } from '../model/types.js';

const DIRS = ['/etc/systemd/system', '/run/systemd/system', '/usr/lib/systemd/system', '/lib/systemd/system'];

function rank(path: string): number {
  const i = DIRS.findIndex((d) => path.startsWith(`${d}/`));
  return i < 0 ? DIRS.length : Math.min(i, 2); // /lib and /usr/lib are one folder on merged-/usr systems
}

/** The kubelet unit files the bundle holds, in the order systemd applies them. */
export function kubeletUnitFiles(node: NodeFacts): ConfigFile[] {
  const units = [...node.configFiles.values()].filter((cf) => cf.text !== undefined && /\/kubelet\.service(\.d\/[^/]+\.conf)?$/.test(cf.path));
  const main = units.filter((u) => u.path.endsWith('/kubelet.service')).sort((a, b) => rank(a.path) - rank(b.path))[0];
  const dropIns = new Map<string, ConfigFile>();
  for (const u of units.filter((x) => x.path.endsWith('.conf')).sort((a, b) => rank(a.path) - rank(b.path))) {
    const name = u.path.slice(u.path.lastIndexOf('/') + 1);
    if (!dropIns.has(name)) dropIns.set(name, u);
  }
  const ordered = [...dropIns].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, u]) => u);
  return main ? [main, ...ordered] : ordered;
}

export interface UnitListSetting {
  /** Effective entries after every file was applied. */
  readonly values: readonly string[];
  /** The assignment that last changed the list, when there is one. */
  readonly loc?: Loc;
  readonly where?: string;
}

/** The effective value of a list setting of the [Service] section (e.g. IPAddressDeny) over the unit and its drop-ins. */
export function unitListSetting(files: readonly ConfigFile[], key: string): UnitListSetting {
  let values: string[] = [];
  let loc: Loc | undefined;
  let where: string | undefined;
  for (const f of files) {
    let section = '';
    const lines = (f.text ?? '').split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i].trim();
      const start = i;
      while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i].trim()}`;
      if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
      const sec = /^\[(.+)\]$/.exec(line);
      if (sec) {
        section = sec[1];
        continue;
      }
      const eq = line.indexOf('=');
      if (section !== 'Service' || eq < 0 || line.slice(0, eq).trim() !== key) continue;
      const value = line.slice(eq + 1).trim();
      values = value === '' ? [] : [...values, ...value.split(/\s+/)];
      loc = { file: f.loc.file, line: f.loc.line + start, column: 1 };
      where = `"${f.path}"`;
    }
  }
  return { values, ...(loc ? { loc } : {}), ...(where ? { where } : {}) };
}
