// Who may use what on OpenShift: SecurityContextConstraints (what each allows, and who can use it through the SCC's
// own users/groups lists or RBAC's `use` verb), how wide a subject reaches (platform identities, everyone, a whole
// namespace, one account), and non-resource URLs (metrics, pprof) granted to everyone.
import type { Resource } from '../model/types.js';
import { fail, manual, pass } from './define.js';
import { Field } from './field.js';
import { isFullAccess, nonResourceURLMatches, rbacOf, verbMatches, type BindingView, type Permission, type SubjectKind } from './rbac.js';
import type { RuleContext, Verdict } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// Subjects.

/**
 * How far a subject reaches. `platform`: identities of the cluster itself (system users, cluster-admin groups,
 * nodes, service accounts of openshift-* and kube-* namespaces). `broad`: every user or every service account.
 * `namespace`: every pod of a namespace (its `default` service account, or the group of all its service accounts).
 * `specific`: one named user, group or service account.
 */
export type Reach = 'platform' | 'broad' | 'namespace' | 'specific';

/** Groups that hold every user or every service account of the cluster. */
export const BROAD_GROUPS: ReadonlySet<string> = new Set([
  'system:authenticated',
  'system:authenticated:oauth',
  'system:unauthenticated',
  'system:serviceaccounts',
]);

/** Namespaces of the platform: the cluster's own operators and components live there. */
export function isPlatformNamespace(ns: string | undefined): boolean {
  return ns !== undefined && (ns === 'openshift' || ns.startsWith('openshift-') || ns.startsWith('kube-'));
}

const SA_USER = /^system:serviceaccount:([^:]+):(.+)$/;
const SA_GROUP = /^system:serviceaccounts:(.+)$/;

export function reachOf(kind: SubjectKind, name: string, namespace?: string): Reach {
  if (kind === 'ServiceAccount') {
    if (isPlatformNamespace(namespace)) return 'platform';
    return name === 'default' ? 'namespace' : 'specific';
  }
  if (kind === 'User') {
    const sa = SA_USER.exec(name);
    if (sa) return reachOf('ServiceAccount', sa[2], sa[1]);
    if (name === 'system:anonymous') return 'broad';
    return name.startsWith('system:') ? 'platform' : 'specific';
  }
  if (BROAD_GROUPS.has(name)) return 'broad';
  const nsGroup = SA_GROUP.exec(name);
  if (nsGroup) return isPlatformNamespace(nsGroup[1]) ? 'platform' : 'namespace';
  return name.startsWith('system:') ? 'platform' : 'specific';
}

/** One way a subject gets access. */
export interface Accessor {
  readonly kind: SubjectKind;
  readonly name: string;
  readonly namespace?: string;
  /** Where the access comes from, for messages: `the SCC's users`, `ClusterRoleBinding "x"`. */
  readonly via: string;
  /** The entry that names the subject. */
  readonly field: Field;
  readonly reach: Reach;
}

export function describeAccessor(a: Accessor): string {
  const who = a.kind === 'ServiceAccount' ? `ServiceAccount "${a.namespace ?? '?'}/${a.name}"` : `${a.kind} "${a.name}"`;
  return `${who} (${a.via})`;
}

export function describeAccessors(list: readonly Accessor[], max = 3): string {
  const shown = list.slice(0, max).map(describeAccessor);
  const rest = list.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown.join('');
}

function bindingLabel(b: BindingView): string {
  return `${b.kind} "${b.namespace ? `${b.namespace}/` : ''}${b.name}"`;
}

/** Whether the input carries RBAC bindings at all (a dump does; application manifests usually do not). */
export function hasRbac(ctx: RuleContext): boolean {
  return ctx.index.byKind('ClusterRoleBinding').length > 0 || ctx.index.byKind('RoleBinding').length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// SecurityContextConstraints.

const USE_SCC: Permission = { verbs: ['use'], group: 'security.openshift.io', resource: 'securitycontextconstraints' };

/**
 * Everyone who can use an SCC: its `users` and `groups` lists, and RBAC bindings whose role allows `use` on it
 * (by name or on every SCC). Roles that allow everything (cluster-admin) are left out: cluster administrators can
 * use every SCC by design and are reviewed under 5.1.1. A binding to OpenShift's `system:openshift:scc:<name>`
 * ClusterRole counts even when that role is not in the input.
 */
export function sccAccessors(scc: Resource, ctx: RuleContext): readonly Accessor[] {
  // Ten SCC rules ask the same question of every SCC: answer it once per scan.
  const hit = accessorCache.get(scc);
  if (hit) return hit;
  const out = readAccessors(scc, ctx);
  accessorCache.set(scc, out);
  return out;
}

const accessorCache = new WeakMap<Resource, readonly Accessor[]>();

function readAccessors(scc: Resource, ctx: RuleContext): Accessor[] {
  const out: Accessor[] = [];
  Field.of(scc, 'users').items().forEach((f) => {
    if (typeof f.value !== 'string' || f.value === '') return;
    const sa = SA_USER.exec(f.value);
    if (sa) out.push({ kind: 'ServiceAccount', name: sa[2], namespace: sa[1], via: "the SCC's users", field: f, reach: reachOf('ServiceAccount', sa[2], sa[1]) });
    else out.push({ kind: 'User', name: f.value, via: "the SCC's users", field: f, reach: reachOf('User', f.value) });
  });
  Field.of(scc, 'groups').items().forEach((f) => {
    if (typeof f.value !== 'string' || f.value === '') return;
    out.push({ kind: 'Group', name: f.value, via: "the SCC's groups", field: f, reach: reachOf('Group', f.value) });
  });
  const rbac = rbacOf(ctx.index);
  for (const b of rbac.bindings) {
    if (b.subjects.length === 0) continue;
    const r = rbac.grants(b, [USE_SCC]);
    let grants = r.grants.some((g) => (g.resourceNames.length === 0 || g.resourceNames.includes(scc.name)) && g.rule !== undefined && !isFullAccess(g.rule));
    if (!grants && r.unresolved && b.roleRef.kind === 'ClusterRole' && b.roleRef.name === `system:openshift:scc:${scc.name}`) grants = true;
    if (!grants) continue;
    const via = bindingLabel(b);
    for (const s of b.subjects) out.push({ kind: s.kind, name: s.name, ...(s.namespace !== undefined ? { namespace: s.namespace } : {}), via, field: s.field, reach: reachOf(s.kind, s.name, s.namespace) });
  }
  return out;
}

/** What an SCC lets a pod do that a control cares about: the field that shows it and a phrase. */
export interface SccAllowance {
  readonly field: Field;
  /** `allows privileged containers`. */
  readonly text: string;
}

export type SccCheck = (scc: Resource) => SccAllowance | undefined;

function strings(f: Field): string[] {
  return f.items().map((i) => i.value).filter((v): v is string => typeof v === 'string');
}

/** Capability names as SCCs write them (`NET_RAW`, `CAP_NET_RAW`, `*`) in one form. */
export function capName(c: string): string {
  const u = c.trim().toUpperCase();
  return u.startsWith('CAP_') ? u.slice(4) : u;
}

function flag(field: string, text: string): SccCheck {
  return (scc) => {
    const f = Field.of(scc, field);
    return f.value === true ? { field: f, text } : undefined;
  };
}

export const allowsPrivileged = flag('allowPrivilegedContainer', 'allows privileged containers');
export const allowsHostPID = flag('allowHostPID', "allows sharing the host's process ID namespace");
export const allowsHostIPC = flag('allowHostIPC', "allows sharing the host's IPC namespace");
export const allowsHostNetwork = flag('allowHostNetwork', "allows the host's network namespace");
const allowsHostPorts = flag('allowHostPorts', 'allows host ports');

/** allowPrivilegeEscalation defaults to true in an SCC: only an explicit false forbids it. */
export const allowsPrivilegeEscalation: SccCheck = (scc) => {
  const f = Field.of(scc, 'allowPrivilegeEscalation');
  if (f.value === false) return undefined;
  return { field: f, text: f.value === undefined ? 'leaves allowPrivilegeEscalation unset, which allows privilege escalation' : 'allows privilege escalation' };
};

/** RunAsAny, MustRunAs UID 0, or a MustRunAsRange that starts at 0 let containers run as root. */
export const allowsRoot: SccCheck = (scc) => {
  const ru = Field.of(scc, 'runAsUser');
  const type = ru.get('type');
  switch (type.value) {
    case 'MustRunAsNonRoot':
      return undefined;
    case 'MustRunAsRange': {
      const min = ru.get('uidRangeMin');
      return min.value === 0 ? { field: min, text: 'allows UID 0 (runAsUser uidRangeMin is 0)' } : undefined;
    }
    case 'MustRunAs': {
      const uid = ru.get('uid');
      return uid.value === 0 ? { field: uid, text: 'makes containers run as UID 0' } : undefined;
    }
    case 'RunAsAny':
      return { field: type, text: 'lets containers run as any user, root included (runAsUser RunAsAny)' };
    default:
      return { field: type.exists ? type : ru, text: 'sets no runAsUser strategy, so containers may run as root' };
  }
};

/** Capabilities that pods may add beyond NET_BIND_SERVICE (which the Pod Security restricted profile allows too). */
export const allowsAddedCapabilities: SccCheck = (scc) => {
  const allowed = Field.of(scc, 'allowedCapabilities');
  const extra = strings(allowed).map(capName).filter((c) => c !== 'NET_BIND_SERVICE');
  if (extra.length > 0) return { field: allowed, text: `lets containers add capabilities ${extra.map((c) => `"${c}"`).join(', ')}` };
  const defaults = Field.of(scc, 'defaultAddCapabilities');
  const added = strings(defaults).map(capName);
  if (added.length > 0) return { field: defaults, text: `adds capabilities ${added.map((c) => `"${c}"`).join(', ')} to every container` };
  return undefined;
};

/** requiredDropCapabilities must contain ALL. */
export const keepsCapabilities: SccCheck = (scc) => {
  const f = Field.of(scc, 'requiredDropCapabilities');
  if (strings(f).map(capName).includes('ALL')) return undefined;
  return { field: f, text: 'does not require dropping ALL capabilities' };
};

/** NET_RAW is available unless dropped (ALL or NET_RAW) and not addable. */
export const allowsNetRaw: SccCheck = (scc) => {
  const allowed = Field.of(scc, 'allowedCapabilities');
  const addable = strings(allowed).map(capName);
  if (addable.includes('NET_RAW') || addable.includes('*')) return { field: allowed, text: 'lets containers add NET_RAW' };
  const defaults = Field.of(scc, 'defaultAddCapabilities');
  if (strings(defaults).map(capName).includes('NET_RAW')) return { field: defaults, text: 'adds NET_RAW to every container' };
  const drop = Field.of(scc, 'requiredDropCapabilities');
  const dropped = strings(drop).map(capName);
  if (dropped.includes('ALL') || dropped.includes('NET_RAW')) return undefined;
  return { field: drop, text: 'does not require dropping NET_RAW (or ALL)' };
};

/**
 * What makes an SCC privileged in the sense of 5.2.10: privileged containers, host namespaces, host ports, host
 * folders, root, unconfined SELinux, or capabilities beyond NET_BIND_SERVICE. All reasons are named.
 */
export const allowsElevated: SccCheck = (scc) => {
  const found: { field: Field; label: string }[] = [];
  const add = (a: SccAllowance | undefined, label: string) => {
    if (a) found.push({ field: a.field, label });
  };
  add(allowsPrivileged(scc), 'privileged containers');
  add(allowsHostPID(scc), 'host PID');
  add(allowsHostIPC(scc), 'host IPC');
  add(allowsHostNetwork(scc), 'host network');
  add(allowsHostPorts(scc), 'host ports');
  const hostDir = Field.of(scc, 'allowHostDirVolumePlugin');
  const volumes = Field.of(scc, 'volumes');
  const vols = strings(volumes);
  if (hostDir.value === true) found.push({ field: hostDir, label: 'host folders' });
  else if (vols.includes('hostPath') || vols.includes('*')) found.push({ field: volumes, label: 'hostPath volumes' });
  add(allowsRoot(scc), 'root');
  const se = Field.of(scc, 'seLinuxContext', 'type');
  if (se.value === 'RunAsAny') found.push({ field: se, label: 'any SELinux context' });
  const caps = allowsAddedCapabilities(scc);
  if (caps) found.push({ field: caps.field, label: 'added capabilities' });
  if (found.length === 0) return undefined;
  const labels = found.map((f) => f.label);
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels[0];
  return { field: found[0].field, text: `allows ${list}` };
};

function sccLabel(scc: Resource): string {
  return `SCC "${scc.name}"`;
}

/**
 * One SCC against one control: pass when it does not allow what the control is about; otherwise judge who can use
 * it. Everyone, or every pod of a namespace: fail (pointing at the entry that grants it). Named users, groups or
 * service accounts outside the platform: manual, listing them for review. Platform identities only: pass, because the
 * built-in SCCs exist in every cluster by design and are harmless while only the platform can use them.
 */
export function judgeScc(scc: Resource, ctx: RuleContext, check: SccCheck, what: string): Verdict {
  const allowance = check(scc);
  if (!allowance) return pass(scc.loc, `${sccLabel(scc)} does not allow ${what}`);
  const lead = `${sccLabel(scc)} ${allowance.text}`;
  const accessors = sccAccessors(scc, ctx);
  const wide = accessors.filter((a) => a.reach === 'broad' || a.reach === 'namespace');
  if (wide.length > 0) return fail(wide[0].field, `${lead}, and ${describeAccessors(wide)} can use it`);
  if (!hasRbac(ctx)) {
    return manual(`${lead}; RoleBindings and ClusterRoleBindings are not in the input, so who may use it cannot be read: run "oc adm policy who-can use securitycontextconstraints/${scc.name}"`, allowance.field);
  }
  const named = accessors.filter((a) => a.reach === 'specific');
  if (named.length > 0) return manual(`${lead}; review whether ${describeAccessors(named)} need${named.length === 1 ? 's' : ''} it`, named[0].field);
  const platform = accessors.length;
  return pass(scc.loc, `${lead}, but only ${platform === 0 ? 'cluster administrators' : 'cluster administrators and platform identities'} can use it`);
}

// ---------------------------------------------------------------------------------------------------------------
// Non-resource URLs.

/** A broad subject that may GET a sensitive non-resource URL. */
export interface UrlGrant {
  readonly accessor: Accessor;
  readonly path: string;
  readonly binding: BindingView;
}

/**
 * Broad subjects (everyone, every service account, anonymous) that ClusterRoleBindings allow to GET any of `paths`
 * (RoleBindings cannot grant non-resource URLs). `unresolved` counts bindings of broad subjects whose role is not in
 * the input.
 */
export function broadUrlGrants(ctx: RuleContext, paths: readonly string[]): { grants: UrlGrant[]; unresolved: BindingView[] } {
  const rbac = rbacOf(ctx.index);
  const grants: UrlGrant[] = [];
  const unresolved: BindingView[] = [];
  for (const b of rbac.bindings) {
    if (b.kind !== 'ClusterRoleBinding') continue;
    const broad = b.subjects.filter((s) => reachOf(s.kind, s.name, s.namespace) === 'broad');
    if (broad.length === 0) continue;
    const role = rbac.roleOf(b);
    let hit: string | undefined;
    if (!role) {
      if (b.roleRef.kind === 'ClusterRole' && b.roleRef.name === 'cluster-admin') hit = paths[0];
      else unresolved.push(b);
    } else {
      for (const rule of rbac.effective(role).rules) {
        if (!verbMatches(rule, 'get')) continue;
        hit ??= paths.find((p) => nonResourceURLMatches(rule, p));
      }
    }
    if (hit === undefined) continue;
    for (const s of broad) {
      grants.push({ accessor: { kind: s.kind, name: s.name, via: bindingLabel(b), field: s.field, reach: 'broad' }, path: hit, binding: b });
    }
  }
  return { grants, unresolved };
}

/** Endpoints that expose internals and must not be open to everyone. */
export const SENSITIVE_URLS: readonly string[] = ['/metrics', '/debug/pprof/', '/debug/pprof/profile', '/configz'];

/** How the SCC rules treat the built-in SCCs and who uses them (for rule notes). */
export const SCC_NOTES =
  'Judged per SCC: one that does not allow it passes. The built-in SCCs (privileged, anyuid, hostaccess, hostnetwork, ' +
  'hostmount-anyuid, ...) exist in every cluster, so what matters is who can use them: the SCC\'s users and groups and ' +
  'RBAC bindings whose role allows "use" on it (cluster-admin excepted, reviewed under 5.1.1). Everyone ' +
  '(system:authenticated, system:serviceaccounts, anonymous), a namespace\'s default service account or all its service ' +
  'accounts fails; other named users, groups and service accounts outside openshift-* and kube-* namespaces are ' +
  'listed for review (manual); platform identities only pass. Without RBAC bindings in the input it is manual.';
