// Component command lines -> Flags with positions: /proc cmdline members (NUL-separated) and static pod manifests.
//
// Kubernetes components parse flags with spf13/pflag and etcd with Go's flag package. Both take `--name=value`,
// and `--name value` only for flags that need a value; a boolean flag never takes the next argument
// (`--anonymous-auth false` leaves "false" as a stray positional argument). Whether the next argument is a value
// therefore depends on the flag's type, which is why each component has a list of its boolean flags below.
import type { ComponentName, Flag, Loc } from './types.js';

/** One argument as it appears in the source, with where it is. */
export interface ArgToken {
  readonly text: string;
  readonly loc: Loc;
}

/** Flags shared by every Kubernetes component (logging, help, version); --version takes an optional value only with `=`. */
const COMMON_BOOL = [
  'add-dir-header', 'alsologtostderr', 'h', 'help', 'log-json-split-stream', 'log-text-split-stream', 'logtostderr',
  'one-output', 'skip-headers', 'skip-log-headers', 'version',
];

/**
 * Boolean flags (and flags whose value is optional) per component. A flag missing from its list is read as taking a
 * value; see parseFlags for how a value that looks like a flag is handled so that an omission here cannot swallow the
 * next flag.
 */
export const BOOLEAN_FLAGS: Readonly<Record<ComponentName, ReadonlySet<string>>> = {
  apiserver: new Set([
    ...COMMON_BOOL,
    'allow-privileged', 'anonymous-auth', 'audit-log-compress', 'audit-log-batch-throttle-enable',
    'audit-log-truncate-enabled', 'audit-webhook-batch-throttle-enable', 'audit-webhook-truncate-enabled',
    'contention-profiling', 'disable-http2-serving', 'enable-aggregator-routing', 'enable-bootstrap-token-auth',
    'enable-garbage-collector', 'enable-logs-handler', 'enable-priority-and-fairness', 'enable-swagger-ui',
    'encryption-provider-config-automatic-reload', 'insecure-skip-tls-verify', 'kubelet-https',
    'oidc-allow-insecure-access', 'permit-address-sharing', 'permit-port-sharing', 'profiling',
    'service-account-extend-token-expiration', 'service-account-lookup', 'shutdown-send-retry-after', 'watch-cache',
  ]),
  controllermanager: new Set([
    ...COMMON_BOOL,
    'allocate-node-cidrs', 'authentication-skip-lookup', 'authentication-tolerate-lookup-failure', 'configure-cloud-routes',
    'contention-profiling', 'disable-attach-detach-reconcile-sync', 'enable-dynamic-provisioning',
    'enable-garbage-collector', 'enable-hostpath-provisioner', 'enable-leader-migration', 'enable-taint-manager',
    'leader-elect', 'permit-address-sharing', 'permit-port-sharing', 'profiling', 'use-service-account-credentials',
  ]),
  scheduler: new Set([
    ...COMMON_BOOL,
    'authentication-skip-lookup', 'authentication-tolerate-lookup-failure', 'contention-profiling', 'leader-elect',
    'permit-address-sharing', 'permit-port-sharing', 'profiling',
  ]),
  etcd: new Set([
    'auto-tls', 'client-cert-auth', 'debug', 'enable-grpc-gateway', 'enable-log-rotation', 'enable-pprof', 'enable-v2',
    'experimental-compact-hash-check-enabled', 'experimental-enable-distributed-tracing',
    'experimental-enable-lease-checkpoint', 'experimental-enable-lease-checkpoint-persist',
    'experimental-enable-v2v3', 'experimental-initial-corrupt-check', 'experimental-memory-mlock',
    'experimental-peer-skip-client-san-verification', 'experimental-stop-grpc-service-on-defrag',
    'experimental-txn-mode-write-with-shared-buffer', 'force-new-cluster', 'h', 'help', 'peer-auto-tls',
    'peer-client-cert-auth', 'pre-vote', 'socket-reuse-address', 'socket-reuse-port', 'strict-reconfig-check',
    'unsafe-no-fsync', 'version',
  ]),
  kubelet: new Set([
    ...COMMON_BOOL,
    'allow-privileged', 'anonymous-auth', 'authentication-token-webhook', 'cgroups-per-qos', 'containerized',
    'cpu-cfs-quota', 'enable-cadvisor-json-endpoints', 'enable-controller-attach-detach', 'enable-debugging-handlers',
    'enable-load-reader', 'enable-server', 'exit-on-lock-contention', 'experimental-allocatable-ignore-eviction',
    'experimental-check-node-capabilities-before-mount', 'experimental-dockershim',
    'experimental-kernel-memcg-notification', 'fail-cgroupv1', 'fail-swap-on', 'kernel-memcg-notification',
    'keep-terminated-pod-volumes', 'local-storage-capacity-isolation', 'make-iptables-util-chains',
    'protect-kernel-defaults', 'redirect-container-streaming', 'register-node', 'register-schedulable',
    'rotate-certificates', 'rotate-server-certificates', 'runonce', 'seccomp-default', 'serialize-image-pulls',
  ]),
  proxy: new Set([
    ...COMMON_BOOL,
    'bind-address-hard-fail', 'cleanup', 'cleanup-ipvs', 'conntrack-tcp-be-liberal', 'init-only',
    'iptables-localhost-nodeports', 'ipvs-strict-arp', 'masquerade-all', 'profiling',
  ]),
};

/** pflag in Kubernetes components normalises `_` to `-` in flag names (cliflag.WordSepNormalizeFunc); etcd does not. */
function normalizeName(component: ComponentName, name: string): string {
  return component === 'etcd' ? name : name.replace(/_/g, '-');
}

/** Something that reads as a flag (`-x`, `--name`), as opposed to a value such as `-999` or `-`. */
function looksLikeFlag(text: string): boolean {
  return /^--?[A-Za-z]/.test(text);
}

/**
 * Arguments (after the program name) -> flags. Forms: `--name=value`, `-name=value`, `--name value` (not for
 * booleans), `--name` (a boolean, or a value-taking flag at the end of the line), and `--` ending the flags.
 * Positional arguments are skipped. A value-taking flag followed by something that looks like a flag is read as
 * given without a value (pflag would take it as the value, but only for flags it knows take one; this keeps an
 * omission from BOOLEAN_FLAGS from swallowing the next flag). The loc of `--name value` spans both arguments.
 */
export function parseFlags(component: ComponentName, args: readonly ArgToken[]): Flag[] {
  const bools = BOOLEAN_FLAGS[component];
  const out: Flag[] = [];
  for (let i = 0; i < args.length; i++) {
    const { text, loc } = args[i];
    if (text === '--') break;
    if (!looksLikeFlag(text)) continue;
    const body = text.replace(/^--?/, '');
    const eq = body.indexOf('=');
    if (eq >= 0) {
      out.push(Object.freeze({ name: normalizeName(component, body.slice(0, eq)), value: body.slice(eq + 1), loc }));
      continue;
    }
    const name = normalizeName(component, body);
    const next = args[i + 1];
    if (!bools.has(name) && next !== undefined && !looksLikeFlag(next.text) && next.text !== '--') {
      out.push(Object.freeze({ name, value: next.text, loc: span(loc, next.loc) }));
      i++;
      continue;
    }
    out.push(Object.freeze({ name, loc }));
  }
  return out;
}

function span(from: Loc, to: Loc): Loc {
  if (from.file !== to.file) return from;
  const endLine = to.endLine ?? to.line;
  const endColumn = to.endColumn ?? to.column;
  return Object.freeze({ ...from, endLine, endColumn });
}

/**
 * A /proc/<pid>/cmdline member -> its arguments. Every argument is on line 1 (the file has no newlines that matter;
 * a NUL separates arguments), and its column is its byte offset + 1, so `column` points exactly at the argument in a
 * hex or `tr '\0' ' '` view of the member. endColumn is the byte just past the argument.
 */
export function splitCmdline(data: Buffer, file: string): ArgToken[] {
  const out: ArgToken[] = [];
  const push = (start: number, end: number) =>
    out.push({
      text: data.subarray(start, end).toString('utf8'),
      loc: Object.freeze({ file, line: 1, column: start + 1, endLine: 1, endColumn: end + 1 }),
    });
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] !== 0) continue;
    push(start, i); // an empty argument ("") between two NULs is kept: `--flag ""` is a flag with an empty value
    start = i + 1;
  }
  if (start < data.length) push(start, data.length); // the kernel ends the last argument with a NUL; tolerate its absence
  return out;
}

/** `KEY=VALUE` lines (a /proc environ rendered one variable per line) -> entries with their line. */
export function parseEnvLines(text: string, file: string): Map<string, { value: string; loc: Loc }> {
  const out = new Map<string, { value: string; loc: Loc }>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0) return;
    out.set(line.slice(0, eq), { value: line.slice(eq + 1), loc: Object.freeze({ file, line: i + 1, column: 1 }) });
  });
  return out;
}
