// containerd and CRI-O settings that weaken container isolation or image integrity stay at their safe defaults.
import { defineRule, error, fail, manual, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { isLoopbackIP } from '../../lib/rule/component.js';
import type { NodeFacts, Resource } from '../../lib/model/types.js';

const CONTAINERD = '/etc/containerd/config.toml';
const CRIO = '/etc/crio/crio.conf';
const CRIO_DIR = '/etc/crio/crio.conf.d/';
/** CRI plugin tables of containerd config versions 1 (cri), 2 (io.containerd.grpc.v1.cri) and 3 (split runtime/images/grpc plugins). */
const CRI_PLUGINS = ['cri', 'io.containerd.grpc.v1.cri', 'io.containerd.cri.v1.runtime', 'io.containerd.cri.v1.images'];
/** Capabilities no container should get by default (CRI-O default_capabilities); the CRI-O defaults contain none of them. */
const RISKY_CAPABILITIES = ['NET_RAW', 'NET_ADMIN', 'SYS_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_BOOT', 'SYS_TIME', 'DAC_READ_SEARCH', 'BPF', 'PERFMON'];

interface Finding {
  readonly text: string;
  readonly at: Field;
}

const hostOf = (addr: string) => addr.replace(/^\[?([^\]]*?)\]?(:\d+)?$/, '$1');
const exposed = (addr: string | undefined) => addr !== undefined && addr !== '' && !isLoopbackIP(hostOf(addr)) && hostOf(addr) !== 'localhost';

function containerdFindings(doc: Resource): Finding[] {
  const out: Finding[] = [];
  for (const name of CRI_PLUGINS) {
    const cri = Field.of(doc, 'plugins', name);
    if (!cri.exists) continue;
    const aa = cri.get('disable_apparmor');
    if (aa.value === true) out.push({ text: 'disable_apparmor = true turns AppArmor off for every container', at: aa });
    const stream = cri.get('stream_server_address');
    if (exposed(stream.str())) out.push({ text: `stream_server_address "${stream.str()}" serves exec/attach streams beyond localhost`, at: stream });
    for (const [registry, cfg] of cri.get('registry', 'configs').entries()) {
      const skip = cfg.get('tls', 'insecure_skip_verify');
      if (skip.value === true) out.push({ text: `registry "${registry}" is pulled with insecure_skip_verify = true`, at: skip });
    }
  }
  return out;
}

/** CRI-O settings merged as CRI-O does: crio.conf, then each drop-in in name order, the last value winning. */
function crioSettings(node: NodeFacts): Map<string, Field> {
  const files = [node.configFiles.get(CRIO), ...[...node.configFiles].filter(([p]) => p.startsWith(CRIO_DIR)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, f]) => f)];
  const out = new Map<string, Field>();
  for (const f of files) {
    if (!f?.doc) continue;
    for (const table of ['runtime', 'image', 'api']) {
      for (const [k, v] of Field.of(f.doc, 'crio', table).entries()) out.set(`${table}.${k}`, v);
    }
  }
  return out;
}

function crioFindings(s: Map<string, Field>): Finding[] {
  const out: Finding[] = [];
  const caps = s.get('runtime.default_capabilities');
  const risky = (Array.isArray(caps?.value) ? caps!.value : []).map((c) => String(c).toUpperCase().replace(/^CAP_/, '')).filter((c) => RISKY_CAPABILITIES.includes(c));
  if (caps && risky.length) out.push({ text: `default_capabilities gives every container ${risky.join(', ')}`, at: caps });
  const inherit = s.get('runtime.add_inheritable_capabilities');
  if (inherit?.value === true) out.push({ text: 'add_inheritable_capabilities = true lets programs a container runs keep its capabilities', at: inherit });
  const aa = s.get('runtime.apparmor_profile');
  if (aa?.value === 'unconfined') out.push({ text: 'apparmor_profile = "unconfined" runs containers without AppArmor', at: aa });
  const sc = s.get('runtime.seccomp_use_default_when_empty');
  if (sc?.value === false) out.push({ text: 'seccomp_use_default_when_empty = false runs pods without a seccomp profile unconfined', at: sc });
  const insecure = s.get('image.insecure_registries');
  if (Array.isArray(insecure?.value) && insecure!.value.length > 0) out.push({ text: `insecure_registries allows plain or unverified pulls from ${insecure!.value.map((r) => `"${String(r)}"`).join(', ')}`, at: insecure! });
  const stream = s.get('api.stream_address');
  if (exposed(stream?.str())) out.push({ text: `stream_address "${stream!.str()}" serves exec/attach streams beyond localhost`, at: stream! });
  return out;
}

export default defineRule<NodeFacts>({
  id: 'runtime-isolation-settings',
  title: 'The container runtime keeps its isolation settings',
  assessment: 'automated',
  notes:
    'containerd (/etc/containerd/config.toml, config versions 1-3): disable_apparmor, a stream_server_address beyond localhost, registry ' +
    'insecure_skip_verify. CRI-O (/etc/crio/crio.conf and crio.conf.d drop-ins, last value wins): default_capabilities with NET_RAW, ' +
    'NET_ADMIN, SYS_ADMIN, SYS_PTRACE, SYS_MODULE or similar, add_inheritable_capabilities = true, apparmor_profile = "unconfined", ' +
    'seccomp_use_default_when_empty = false, insecure_registries, a stream_address beyond localhost. Deliberately not judged: ' +
    'enable_unprivileged_ports/icmp (they let containers drop NET_BIND_SERVICE and NET_RAW, which helps), restrict_oom_score_adj (rootless ' +
    'only), SELinux switches (off by default upstream; whether the host enforces SELinux is not in the bundle). A runtime without a config ' +
    'file runs on its defaults, which pass when its socket shows it runs; with neither files nor sockets the result is manual.',
  severity: 'medium',
  scope: { node: ['worker', 'control-plane'] },
  frameworks: { mitreAttack: ['T1611', 'T1525'] },
  rationale: 'These switches apply to every container on the node at once, below anything a pod spec or admission policy can see, so one edited line silently undoes the isolation the workloads were reviewed with.',
  remediation: 'Remove the setting (the defaults are safe) or set it back: AppArmor on, streaming on 127.0.0.1, TLS verification for registries, and only the capabilities workloads request themselves.',

  evaluate(node) {
    if (node.evidence === 'api') return manual(`node "${node.name}" is known only from the cluster API; collect a node bundle to see the runtime configuration`);
    const containerd = node.configFiles.get(CONTAINERD);
    const crioFiles = [...node.configFiles.keys()].filter((p) => p === CRIO || p.startsWith(CRIO_DIR));
    const unreadable = [containerd, ...crioFiles.map((p) => node.configFiles.get(p))].find((f) => f && !f.doc);
    if (unreadable) return error(`runtime configuration "${unreadable.path}" on node "${node.name}" could not be parsed (see the load errors)`, unreadable.loc);
    if (!containerd && crioFiles.length === 0) {
      const recorded = [CONTAINERD, CRIO].map((p) => node.files.get(p));
      if (recorded.every((s) => s === undefined)) return error(`the bundle of node "${node.name}" does not record the container runtime configuration (collector too old); collect it again`);
      if (recorded.some((s) => s?.exists)) return error(`the runtime configuration of node "${node.name}" exists but was not copied (see the bundle warnings)`, recorded.find((s) => s?.exists)!.loc);
      // Defaults are safe only for a runtime we know runs here: its socket must exist.
      const socket = ['/run/containerd/containerd.sock', '/var/run/crio/crio.sock'].map((p) => node.files.get(p)).find((s) => s?.exists);
      if (!socket) return manual(`node "${node.name}" has neither a containerd or CRI-O configuration file nor their sockets; check the configuration of the runtime in use`);
      return pass(socket.loc, `no containerd or CRI-O configuration file on node "${node.name}": the runtime runs on its defaults`);
    }
    const findings = [...(containerd?.doc ? containerdFindings(containerd.doc) : []), ...(crioFiles.length ? crioFindings(crioSettings(node)) : [])];
    const which = [containerd ? 'containerd' : '', crioFiles.length ? 'CRI-O' : ''].filter(Boolean).join(' and ');
    if (findings.length === 0) return pass((containerd ?? node.configFiles.get(crioFiles[0]))!.loc, `the ${which} configuration keeps the isolation defaults`);
    return fail(findings[0].at, findings.map((f) => f.text).join('; '));
  },
});
