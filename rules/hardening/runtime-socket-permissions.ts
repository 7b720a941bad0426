// The container runtime socket (containerd, CRI-O) is owned by root with mode 0660 or stricter and no non-root group access.
import { defineRule, error, fail, manual, pass } from '../../lib/rule/define.js';
import type { FileStat, NodeFacts } from '../../lib/model/types.js';

/** Default CRI sockets, as the collector records them in stats.tsv. */
export const RUNTIME_SOCKETS: readonly { runtime: string; path: string }[] = [
  { runtime: 'containerd', path: '/run/containerd/containerd.sock' },
  { runtime: 'CRI-O', path: '/var/run/crio/crio.sock' },
];

const octal = (m: number) => `0${m.toString(8).padStart(3, '0')}`;

export default defineRule<NodeFacts>({
  id: 'runtime-socket-permissions',
  title: 'The container runtime socket is accessible to root only',
  assessment: 'automated',
  notes:
    'Reads stats.tsv lines for /run/containerd/containerd.sock and /var/run/crio/crio.sock (a symbolic link is judged by its target). Fails ' +
    'when the owner is not uid 0, when the mode grants more than 0660, or when a group other than root has access. A bundle from a ' +
    'collector that does not record the sockets is an error; a node where neither exists (another runtime or a custom path) is manual.',
  severity: 'high',
  scope: { node: ['worker', 'control-plane'] },
  frameworks: { mitreAttack: ['T1611', 'T1609'] },
  rationale: 'Whoever can write to the runtime socket can start a privileged container with the host filesystem mounted, which is root on the node.',
  remediation: 'Keep the socket root:root with mode 0660 (containerd [grpc] uid/gid, CRI-O creates it root-only) and never add users to a group that owns it; mount it into pods only for trusted node agents.',

  evaluate(node) {
    if (node.evidence === 'api') return manual(`node "${node.name}" is known only from the cluster API; collect a node bundle to see the runtime socket`);
    const seen = RUNTIME_SOCKETS.map((s) => ({ ...s, stat: node.files.get(s.path) }));
    if (seen.every((s) => s.stat === undefined)) return error(`the bundle of node "${node.name}" does not record the runtime sockets (collector too old); collect it again`);
    const present = seen
      .map((s) => ({ ...s, stat: s.stat?.realpath ? node.files.get(s.stat.realpath) ?? s.stat : s.stat }))
      .filter((s): s is typeof s & { stat: FileStat } => s.stat?.exists === true);
    if (present.length === 0) {
      return manual(`neither ${RUNTIME_SOCKETS.map((s) => `"${s.path}"`).join(' nor ')} exists on node "${node.name}"; check the socket of the runtime in use`);
    }
    const problems: { text: string; stat: FileStat }[] = [];
    for (const s of present) {
      const st = s.stat;
      if (st.mode === undefined || st.uid === undefined) return error(`the mode or owner of ${s.runtime} socket "${s.path}" was not recorded`, st.loc);
      const issues: string[] = [];
      if (st.uid !== 0) issues.push(`is owned by ${st.user ? `"${st.user}" ` : ''}(uid ${st.uid})`);
      if ((st.mode & ~0o660) !== 0) issues.push(`has mode ${octal(st.mode)}, more than 0660`);
      if (st.gid !== undefined && st.gid !== 0 && (st.mode & 0o060) !== 0) issues.push(`gives group ${st.group ? `"${st.group}" ` : ''}(gid ${st.gid}) access`);
      if (issues.length) problems.push({ text: `${s.runtime} socket "${s.path}" ${issues.join(' and ')}`, stat: st });
    }
    if (problems.length === 0) return pass(present[0].stat.loc, `${present.map((s) => `${s.runtime} socket "${s.path}"`).join(' and ')} ${present.length === 1 ? 'is' : 'are'} root-only`);
    return fail(problems[0].stat.loc, problems.map((p) => p.text).join('; '));
  },
});
