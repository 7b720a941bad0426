// RBAC as the API server evaluates it: effective role rules (with aggregation), bindings and their subjects, rule
// matching with wildcards and subresources, "who can" queries, default system objects, and service account tokens.
import type { Resource } from '../model/types.js';
import { memoWeak } from '../memo.js';
import { fail, manual, pass } from './define.js';
import { Field, isPlainObject } from './field.js';
import { selectorMatches } from './network-policy.js';
import type { SnapshotIndex } from './snapshot-index.js';
import type { Verdict } from './types.js';
import { podSpecOf } from './workload.js';

const BOOTSTRAP_LABEL = 'kubernetes.io/bootstrapping';
const BOOTSTRAP_VALUE = 'rbac-defaults';
/** Namespaces that hold the default Roles and RoleBindings of the API server's bootstrap policy. */
const SYSTEM_NAMESPACES: ReadonlySet<string> = new Set(['kube-system', 'kube-public']);
/** The user-facing default ClusterRoles (the others are all named `system:...`). */
const USER_FACING_DEFAULTS: ReadonlySet<string> = new Set(['cluster-admin', 'admin', 'edit', 'view']);

export type RoleKind = 'Role' | 'ClusterRole';
export type BindingKind = 'RoleBinding' | 'ClusterRoleBinding';
export type SubjectKind = 'User' | 'Group' | 'ServiceAccount';

/** One entry of a role's `rules`, as written in the role it came from. */
export interface PolicyRule {
  /** The Role or ClusterRole the rule is written in (for aggregated rules: the aggregated ClusterRole). */
  readonly role: Resource;
  readonly index: number;
  /** `rules[index]` of `role`. */
  readonly field: Field;
  readonly verbs: readonly string[];
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly resourceNames: readonly string[];
  readonly nonResourceURLs: readonly string[];
}

export interface RoleView {
  readonly resource: Resource;
  readonly kind: RoleKind;
  readonly name: string;
  /** Undefined for ClusterRoles (and for Roles written without a namespace). */
  readonly namespace?: string;
  /** The rules the object itself carries. */
  readonly rules: readonly PolicyRule[];
  /** A ClusterRole with an aggregationRule: the controller replaces its rules with those of the ClusterRoles it selects. */
  readonly aggregating: boolean;
  /** Part of the API server's bootstrap policy (see isDefaultRole). */
  readonly isDefault: boolean;
}

export interface EffectiveRules {
  /** Deduplicated; each rule keeps the role it is written in. */
  readonly rules: readonly PolicyRule[];
  /**
   * False when the role aggregates by label and its rules are not filled in (a manifest, not a dump): ClusterRoles
   * that are not in the input may add rules.
   */
  readonly complete: boolean;
}

export interface Subject {
  readonly kind: SubjectKind;
  readonly name: string;
  /** ServiceAccounts only: their namespace (the binding's when the subject omits it). */
  readonly namespace?: string;
  /** `subjects[i]` of the binding. */
  readonly field: Field;
}

export type DefaultOrigin = 'kubernetes' | 'kubeadm';

export interface BindingView {
  readonly resource: Resource;
  readonly kind: BindingKind;
  readonly name: string;
  /** RoleBindings only. */
  readonly namespace?: string;
  readonly roleRef: { readonly kind: string; readonly name: string; readonly field: Field };
  readonly subjects: readonly Subject[];
  /** Set when the binding ships with Kubernetes (bootstrap policy) or kubeadm; see defaultBindingOrigin. */
  readonly origin?: DefaultOrigin;
}

/** A permission to look for: any of `verbs` on `resource` (optionally its subresource) in API group `group`. */
export interface Permission {
  /** Verbs to look for; `'*'` means any verb at all. */
  readonly verbs: readonly string[] | '*';
  readonly group: string;
  readonly resource: string;
  readonly subresource?: string;
  /** The resource is cluster-scoped: a RoleBinding cannot grant it. */
  readonly clusterScoped?: boolean;
}

/** One way a binding gives its subjects a permission. */
export interface Grant {
  readonly binding: BindingView;
  readonly permission: Permission;
  /** The granting rule; undefined when the bound role is the built-in cluster-admin and not in the input. */
  readonly rule?: PolicyRule;
  /** Verbs of the permission the rule grants (`*` when it grants every verb and the permission asked for any). */
  readonly verbs: readonly string[];
  /** `cluster` for ClusterRoleBindings; `namespace` for RoleBindings (in `namespace`). */
  readonly scope: 'cluster' | 'namespace';
  readonly namespace?: string;
  /** Object names the rule is limited to; empty when it covers every object. */
  readonly resourceNames: readonly string[];
}

export interface BindingGrants {
  /** The bound role, when it is in the input. */
  readonly role?: RoleView;
  /** Set when the roleRef cannot be resolved from the input: why. */
  readonly unresolved?: string;
  /** Set when the roleRef can never grant anything (a ClusterRoleBinding naming a Role). */
  readonly invalid?: string;
  readonly grants: readonly Grant[];
  /** False when the role aggregates ClusterRoles that may not all be in the input. */
  readonly complete: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching, as the RBAC authorizer does it.

/** The rule allows `verb` (`*` in the rule allows every verb). */
export function verbMatches(rule: PolicyRule, verb: string): boolean {
  return rule.verbs.includes('*') || rule.verbs.includes(verb);
}

export function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  return rule.apiGroups.includes('*') || rule.apiGroups.includes(group);
}

/**
 * The rule covers `resource` (and `subresource`): `*` covers everything including subresources, `pods/exec` covers
 * only that subresource, `*\/scale` covers the `scale` subresource of every resource. `pods/*` is not a wildcard.
 */
export function resourceMatches(rule: PolicyRule, resource: string, subresource?: string): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  return rule.resources.some((r) => r === '*' || r === combined || (subresource !== undefined && r === `*/${subresource}`));
}

/** An empty resourceNames list covers every object; otherwise only the named ones. */
export function resourceNameMatches(rule: PolicyRule, name: string): boolean {
  return rule.resourceNames.length === 0 || rule.resourceNames.includes(name);
}

/** Non-resource URLs: exact, `*`, or a prefix ending in `*`. */
export function nonResourceURLMatches(rule: PolicyRule, path: string): boolean {
  return rule.nonResourceURLs.some((u) => u === '*' || u === path || (u.endsWith('*') && path.startsWith(u.slice(0, -1))));
}

/** The full request check: verb, group, resource/subresource and (when given) object name. */
export function ruleAllows(rule: PolicyRule, verb: string, group: string, resource: string, o: { subresource?: string; name?: string } = {}): boolean {
  return (
    verbMatches(rule, verb) &&
    apiGroupMatches(rule, group) &&
    resourceMatches(rule, resource, o.subresource) &&
    resourceNameMatches(rule, o.name ?? '')
  );
}

/** Every verb on every resource of every API group, with no name limit: what cluster-admin grants. */
export function isFullAccess(rule: PolicyRule): boolean {
  return rule.verbs.includes('*') && rule.apiGroups.includes('*') && rule.resources.includes('*') && rule.resourceNames.length === 0;
}

/**
 * Verbs of `p` that `rule` grants. A rule limited by resourceNames cannot grant `create` or `deletecollection` on a
 * resource itself: those requests carry no object name (a subresource such as `serviceaccounts/token` has one).
 */
export function grantedVerbs(rule: PolicyRule, p: Permission): string[] {
  if (!apiGroupMatches(rule, p.group) || !resourceMatches(rule, p.resource, p.subresource)) return [];
  let verbs: string[];
  if (p.verbs === '*') verbs = rule.verbs.includes('*') ? ['*'] : [...rule.verbs];
  else verbs = rule.verbs.includes('*') ? [...p.verbs] : p.verbs.filter((v) => rule.verbs.includes(v));
  if (rule.resourceNames.length > 0 && p.subresource === undefined) {
    verbs = verbs.filter((v) => v !== 'create' && v !== 'deletecollection');
  }
  return verbs;
}

// ---------------------------------------------------------------------------------------------------------------
// Default (system) objects.

function labelsOf(r: Resource): Record<string, string> {
  const labels = (r.obj.metadata as Record<string, unknown> | undefined)?.labels;
  if (!isPlainObject(labels)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') out[k] = v;
  return out;
}

function bootstrapLabelled(r: Resource): boolean {
  return labelsOf(r)[BOOTSTRAP_LABEL] === BOOTSTRAP_VALUE;
}

/** A ClusterRole name that belongs to Kubernetes itself (`system:*`, cluster-admin, admin, edit, view). */
export function isBuiltInClusterRoleName(name: string): boolean {
  return name.startsWith('system:') || USER_FACING_DEFAULTS.has(name);
}

/**
 * A role of the API server's bootstrap policy: labelled `kubernetes.io/bootstrapping: rbac-defaults` and either a
 * built-in ClusterRole name or a Role in kube-system/kube-public. The API server recreates these on start.
 */
export function isDefaultRole(r: Resource): boolean {
  if (!bootstrapLabelled(r)) return false;
  if (r.kind === 'ClusterRole') return isBuiltInClusterRoleName(r.name);
  return r.kind === 'Role' && r.namespace !== undefined && SYSTEM_NAMESPACES.has(r.namespace);
}

/** Users and groups named `system:*` and service accounts of kube-system are identities of Kubernetes components. */
export function isSystemSubject(s: Subject): boolean {
  if (s.kind === 'ServiceAccount') return s.namespace === 'kube-system';
  return s.name.startsWith('system:');
}

/**
 * Whether a binding ships with the cluster. `kubernetes`: a binding of the bootstrap policy: labelled rbac-defaults,
 * named after the built-in role it binds (as every bootstrap binding is; a RoleBinding may add a `system::` prefix),
 * with only system identities as subjects. A user added to such a binding, or a look-alike binding of another role,
 * is a user grant. `kubeadm`: kubeadm's `kubeadm:cluster-admins` binding of cluster-admin to the group its
 * admin.conf certificate carries.
 */
export function defaultBindingOrigin(b: Omit<BindingView, 'origin'>): DefaultOrigin | undefined {
  const { roleRef } = b;
  if (
    b.kind === 'ClusterRoleBinding' && b.name === 'kubeadm:cluster-admins' && roleRef.kind === 'ClusterRole' &&
    roleRef.name === 'cluster-admin' && b.subjects.length === 1 && b.subjects[0].kind === 'Group' &&
    b.subjects[0].name === 'kubeadm:cluster-admins'
  ) return 'kubeadm';
  if (!bootstrapLabelled(b.resource) || !b.subjects.every(isSystemSubject)) return undefined;
  if (b.kind === 'ClusterRoleBinding') {
    return roleRef.kind === 'ClusterRole' && roleRef.name === b.name && isBuiltInClusterRoleName(b.name) ? 'kubernetes' : undefined;
  }
  if (b.namespace === undefined || !SYSTEM_NAMESPACES.has(b.namespace) || !b.name.startsWith('system:')) return undefined;
  return roleRef.name === b.name || b.name === `system::${roleRef.name}` ? 'kubernetes' : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading objects.

function strings(f: Field): string[] {
  return f.items().map((i) => i.value).filter((v): v is string => typeof v === 'string');
}

function readRules(role: Resource): PolicyRule[] {
  return Field.of(role, 'rules').items().map((field, index) => ({
    role,
    index,
    field,
    verbs: strings(field.get('verbs')),
    apiGroups: strings(field.get('apiGroups')),
    resources: strings(field.get('resources')),
    resourceNames: strings(field.get('resourceNames')),
    nonResourceURLs: strings(field.get('nonResourceURLs')),
  }));
}

function ruleKey(r: PolicyRule): string {
  const s = (a: readonly string[]) => [...a].sort();
  return JSON.stringify([s(r.verbs), s(r.apiGroups), s(r.resources), s(r.resourceNames), s(r.nonResourceURLs)]);
}

function readBinding(r: Resource): BindingView {
  const kind = r.kind as BindingKind;
  const namespace = kind === 'RoleBinding' ? r.namespace : undefined;
  const ref = Field.of(r, 'roleRef');
  const subjects: Subject[] = [];
  for (const field of Field.of(r, 'subjects').items()) {
    const k = field.get('kind').str();
    const name = field.get('name').str();
    if ((k !== 'User' && k !== 'Group' && k !== 'ServiceAccount') || name === undefined) continue;
    const ns = k === 'ServiceAccount' ? field.get('namespace').str() ?? namespace : undefined;
    subjects.push({ kind: k, name, ...(ns !== undefined ? { namespace: ns } : {}), field });
  }
  const view = {
    resource: r,
    kind,
    name: r.name,
    ...(namespace !== undefined ? { namespace } : {}),
    roleRef: { kind: ref.get('kind').str() ?? '', name: ref.get('name').str() ?? '', field: ref.get('name') },
    subjects,
  };
  const origin = defaultBindingOrigin(view);
  return origin ? { ...view, origin } : view;
}

function roleKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\u0000${kind === 'Role' ? namespace ?? '' : ''}\u0000${name}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The index.

/** RBAC objects of one snapshot, read once and shared by every rule (see rbacOf). */
export class RbacIndex {
  readonly roles: readonly RoleView[];
  readonly bindings: readonly BindingView[];
  private readonly roleByKey = new Map<string, RoleView>();
  private readonly viewOf = new Map<Resource, RoleView | BindingView>();
  private readonly effectiveMemo = new Map<RoleView, EffectiveRules>();
  private readonly selectedMemo = new Map<RoleView, readonly RoleView[]>();
  private bySaMemo?: Map<string, BindingView[]>;
  private readonly bindingsByRole = new Map<string, BindingView[]>();

  constructor(index: SnapshotIndex) {
    const roles: RoleView[] = [];
    for (const kind of ['ClusterRole', 'Role'] as const) {
      for (const resource of index.byKind(kind)) {
        const view: RoleView = {
          resource,
          kind,
          name: resource.name,
          ...(kind === 'Role' && resource.namespace !== undefined ? { namespace: resource.namespace } : {}),
          rules: readRules(resource),
          aggregating: kind === 'ClusterRole' && isPlainObject(resource.obj.aggregationRule),
          isDefault: isDefaultRole(resource),
        };
        roles.push(view);
        this.viewOf.set(resource, view);
        const k = roleKey(kind, view.namespace, view.name);
        if (!this.roleByKey.has(k)) this.roleByKey.set(k, view);
      }
    }
    const bindings: BindingView[] = [];
    for (const kind of ['ClusterRoleBinding', 'RoleBinding'] as const) {
      for (const resource of index.byKind(kind)) {
        const b = readBinding(resource);
        bindings.push(b);
        this.viewOf.set(resource, b);
        const k = roleKey(b.roleRef.kind, b.namespace, b.roleRef.name);
        const list = this.bindingsByRole.get(k);
        if (list) list.push(b);
        else this.bindingsByRole.set(k, [b]);
      }
    }
    this.roles = roles;
    this.bindings = bindings;
  }

  /** The view of a Role/ClusterRole resource of this snapshot. */
  role(r: Resource): RoleView | undefined {
    const v = this.viewOf.get(r);
    return v && 'rules' in v ? v : undefined;
  }

  /** The view of a RoleBinding/ClusterRoleBinding resource of this snapshot. */
  binding(r: Resource): BindingView | undefined {
    const v = this.viewOf.get(r);
    return v && 'roleRef' in v ? v : undefined;
  }

  findRole(kind: string, namespace: string | undefined, name: string): RoleView | undefined {
    return this.roleByKey.get(roleKey(kind, namespace, name));
  }

  /** The role a binding refers to, when it is in the input (a RoleBinding's Role lives in the binding's namespace). */
  roleOf(b: BindingView): RoleView | undefined {
    if (b.roleRef.kind === 'Role' && b.kind === 'ClusterRoleBinding') return undefined;
    return this.findRole(b.roleRef.kind, b.namespace, b.roleRef.name);
  }

  /** Bindings (defaults included) that name the ServiceAccount `namespace/name` as a subject. */
  bindingsOfServiceAccount(namespace: string | undefined, name: string): readonly BindingView[] {
    if (!this.bySaMemo) {
      this.bySaMemo = new Map();
      for (const b of this.bindings) {
        for (const s of b.subjects) {
          if (s.kind !== 'ServiceAccount') continue;
          const k = `${s.namespace ?? ''}\u0000${s.name}`;
          const list = this.bySaMemo.get(k) ?? [];
          if (!list.includes(b)) list.push(b);
          this.bySaMemo.set(k, list);
        }
      }
    }
    return this.bySaMemo.get(`${namespace ?? ''}\u0000${name}`) ?? [];
  }

  /** Bindings that refer to this role directly. */
  bindingsTo(role: RoleView): readonly BindingView[] {
    if (role.kind === 'ClusterRole') return this.bindingsByRole.get(roleKey('ClusterRole', undefined, role.name)) ?? [];
    return (this.bindingsByRole.get(roleKey('Role', role.namespace, role.name)) ?? []).filter((b) => b.kind === 'RoleBinding');
  }

  /** ClusterRoles in the input that this ClusterRole's aggregationRule selects, sorted by name (the controller's order). */
  aggregatedBy(role: RoleView): readonly RoleView[] {
    if (!role.aggregating) return [];
    const memo = this.selectedMemo.get(role);
    if (memo) return memo;
    const selectors = Field.of(role.resource, 'aggregationRule', 'clusterRoleSelectors').items();
    const picked = new Set<RoleView>();
    const candidates = this.roles.filter((r) => r.kind === 'ClusterRole' && r !== role && r.name !== role.name);
    for (const sel of selectors) {
      for (const c of candidates) if (selectorMatches(sel.value, labelsOf(c.resource))) picked.add(c);
    }
    const out = [...picked].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.selectedMemo.set(role, out);
    return out;
  }

  /** ClusterRoles in the input whose aggregationRule selects this one. */
  aggregatingInto(role: RoleView): RoleView[] {
    if (role.kind !== 'ClusterRole') return [];
    return this.roles.filter((r) => r.aggregating && this.aggregatedBy(r).includes(role));
  }

  /**
   * Rules a role grants. For an aggregating ClusterRole: the rules of the ClusterRoles it selects (recursively),
   * then its own rules that none of them carries. In a dump the controller has already copied the aggregated rules
   * into the role; those copies are dropped as duplicates, so each rule is counted once, at the role it is written in.
   */
  effective(role: RoleView): EffectiveRules {
    return this.effectiveOf(role, new Set());
  }

  private effectiveOf(role: RoleView, visiting: Set<RoleView>, cycle = { hit: false }): EffectiveRules {
    const memo = this.effectiveMemo.get(role);
    if (memo) return memo;
    if (!role.aggregating) {
      const plain = { rules: role.rules, complete: true };
      this.effectiveMemo.set(role, plain);
      return plain;
    }
    visiting.add(role);
    const rules: PolicyRule[] = [];
    const seen = new Set<string>();
    const add = (r: PolicyRule) => {
      const k = ruleKey(r);
      if (!seen.has(k)) {
        seen.add(k);
        rules.push(r);
      }
    };
    for (const source of this.aggregatedBy(role)) {
      if (visiting.has(source)) {
        cycle.hit = true; // selectors that select each other: take each role's rules once, and do not memoise
        continue;
      }
      this.effectiveOf(source, visiting, cycle).rules.forEach(add);
    }
    role.rules.forEach(add);
    visiting.delete(role);
    // Own rules mean the controller has filled them in (a dump): every selected ClusterRole was counted. Without
    // them (a manifest), ClusterRoles outside the input may match the selectors too.
    const out = { rules, complete: role.rules.length > 0 };
    if (!cycle.hit) this.effectiveMemo.set(role, out);
    return out;
  }

  /** What a binding gives its subjects of the permissions asked for. */
  grants(b: BindingView, permissions: readonly Permission[]): BindingGrants {
    if (b.kind === 'ClusterRoleBinding' && b.roleRef.kind === 'Role') {
      return { invalid: `a ClusterRoleBinding cannot refer to Role "${b.roleRef.name}"`, grants: [], complete: true };
    }
    const scope: Grant['scope'] = b.kind === 'ClusterRoleBinding' ? 'cluster' : 'namespace';
    const base = { binding: b, scope, ...(b.namespace !== undefined ? { namespace: b.namespace } : {}) };
    const applicable = permissions.filter((p) => scope === 'cluster' || !p.clusterScoped);
    const role = this.roleOf(b);
    if (!role) {
      if (b.roleRef.kind === 'ClusterRole' && b.roleRef.name === 'cluster-admin') {
        // Built into every cluster and reconciled by the API server: every verb on everything.
        const grants = applicable.map((permission) => ({
          ...base, permission, verbs: permission.verbs === '*' ? ['*'] : [...permission.verbs], resourceNames: [],
        }));
        return { grants, complete: true };
      }
      return { unresolved: `${b.roleRef.kind || 'role'} "${b.roleRef.name}" is not in the input`, grants: [], complete: false };
    }
    const eff = this.effective(role);
    const grants: Grant[] = [];
    for (const permission of applicable) {
      for (const rule of eff.rules) {
        const verbs = grantedVerbs(rule, permission);
        if (verbs.length > 0) grants.push({ ...base, permission, rule, verbs, resourceNames: rule.resourceNames });
      }
    }
    return { role, grants, complete: eff.complete };
  }

  /**
   * Who can `verb` (`*`: any verb) `resource` (with `subresource`) in API group `group`: every grant by every binding
   * in the input, defaults included (see Grant.binding.origin). With `namespace`, only grants that apply there
   * (ClusterRoleBindings and that namespace's RoleBindings); with `clusterScoped`, only ClusterRoleBindings.
   */
  whoCan(verb: string, group: string, resource: string, o: { namespace?: string; subresource?: string; clusterScoped?: boolean } = {}): Grant[] {
    const permission: Permission = {
      verbs: verb === '*' ? '*' : [verb], group, resource,
      ...(o.subresource !== undefined ? { subresource: o.subresource } : {}),
      ...(o.clusterScoped ? { clusterScoped: true } : {}),
    };
    const out: Grant[] = [];
    for (const b of this.bindings) {
      if (o.namespace !== undefined && b.kind === 'RoleBinding' && b.namespace !== o.namespace) continue;
      out.push(...this.grants(b, [permission]).grants);
    }
    return out;
  }
}

const cache = new WeakMap<SnapshotIndex, RbacIndex>();

/** The RBAC index of a snapshot, built on first use and shared by every rule of the scan. */
export function rbacOf(index: SnapshotIndex): RbacIndex {
  let r = cache.get(index);
  if (!r) cache.set(index, (r = new RbacIndex(index)));
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Messages.

export function describeSubject(s: Subject): string {
  return s.kind === 'ServiceAccount' ? `ServiceAccount "${s.namespace ? `${s.namespace}/` : ''}${s.name}"` : `${s.kind} "${s.name}"`;
}

/** `User "a", Group "b" and 2 more`. */
export function describeSubjects(subjects: readonly Subject[], max = 3): string {
  const shown = subjects.slice(0, max).map(describeSubject);
  const rest = subjects.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown.join('');
}

export function describeRoleRef(b: BindingView): string {
  return `${b.roleRef.kind || 'role'} "${b.roleRef.name}"`;
}

function describeScope(g: Grant): string {
  if (g.scope === 'cluster') return g.permission.clusterScoped ? 'cluster-wide' : 'in all namespaces';
  return g.namespace !== undefined ? `in namespace "${g.namespace}"` : 'in the namespace of the binding';
}

/** `get/list "secrets" and impersonate "users", "groups"`; a rule granting every verb reads `use any verb on "nodes/proxy"`. */
function describePermissions(grants: readonly Grant[]): string {
  const byResource = new Map<string, Set<string>>();
  for (const g of grants) {
    const label = g.permission.subresource ? `${g.permission.resource}/${g.permission.subresource}` : g.permission.resource;
    let set = byResource.get(label);
    if (!set) byResource.set(label, (set = new Set()));
    for (const v of g.verbs) set.add(v);
  }
  const byVerbs = new Map<string, string[]>();
  for (const [res, verbs] of byResource) {
    const key = verbs.has('*') ? 'use any verb on' : [...verbs].join('/');
    byVerbs.set(key, [...(byVerbs.get(key) ?? []), `"${res}"`]);
  }
  const parts = [...byVerbs].map(([verbs, res]) => `${verbs} ${res.join(', ')}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts.join('');
}

/**
 * Where to point for a grant: the rule's `verbs` when the rule is written in a role the user owns, else the binding's
 * roleRef (a built-in role cannot usefully be edited; the binding is what to change).
 */
export function grantLocation(g: Grant): Field {
  if (g.rule && !isBuiltIn(g.rule.role)) return g.rule.field.get('verbs');
  return g.binding.roleRef.field;
}

function isBuiltIn(r: Resource): boolean {
  return (r.kind === 'ClusterRole' && USER_FACING_DEFAULTS.has(r.name)) || isDefaultRole(r);
}

function viaAggregation(g: Grant, role: RoleView | undefined): string {
  if (!g.rule || !role || g.rule.role === role.resource) return '';
  return `, which aggregates ${g.rule.role.kind} "${g.rule.role.name}"`;
}

// ---------------------------------------------------------------------------------------------------------------
// The verdict of the permission rules (one per binding).

export interface PermissionCheck {
  readonly permissions: readonly Permission[];
  /** What the permissions allow, for pass messages: `read Secrets`. */
  readonly what: string;
}

/**
 * Judge one binding against a set of permissions: fail when it gives its subjects any of them on every object
 * (pointing at the granting rule, or at the roleRef for built-in roles), manual when only on named objects or when
 * the role is not in the input, pass otherwise. Default bindings of Kubernetes and kubeadm pass.
 */
export function judgeBinding(target: Resource, index: SnapshotIndex, check: PermissionCheck): Verdict {
  const rbac = rbacOf(index);
  const b = rbac.binding(target);
  if (!b) return manual(`${target.kind} "${target.name}" could not be read as a binding`, target.loc);
  if (b.origin) {
    return pass(target.loc, b.origin === 'kubeadm' ? 'default binding created by kubeadm' : 'default binding of the Kubernetes bootstrap policy');
  }
  if (b.subjects.length === 0) return pass(target.loc, 'the binding has no subjects');
  const r = rbac.grants(b, check.permissions);
  if (r.invalid) return pass(target.loc, `${r.invalid}, so it grants nothing`);
  if (r.unresolved) return manual(`${r.unresolved}, so what the binding grants cannot be read`, b.roleRef.field);
  const who = describeSubjects(b.subjects);
  const through = `through ${describeRoleRef(b)}`;
  const open = r.grants.filter((g) => g.resourceNames.length === 0);
  if (open.length > 0) {
    const g = open[0];
    return fail(grantLocation(g), `${who} can ${describePermissions(open)} ${describeScope(g)} ${through}${viaAggregation(g, r.role)}`);
  }
  if (r.grants.length > 0) {
    const g = r.grants[0];
    const names = [...new Set(r.grants.flatMap((x) => x.resourceNames))].map((n) => `"${n}"`).join(', ');
    return manual(`${who} can ${describePermissions(r.grants)} limited to ${names} ${describeScope(g)} ${through}${viaAggregation(g, r.role)}`, grantLocation(g));
  }
  if (!r.complete) {
    return manual(`${describeRoleRef(b)} is assembled by aggregation and no ClusterRole in the input that it selects allows ${check.what}, but others in the cluster may`, b.roleRef.field);
  }
  return pass(target.loc, `${describeRoleRef(b)} does not allow ${check.what}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Service account tokens.

/** The service account a workload's pods run as: serviceAccountName, else the deprecated serviceAccount, else `default`. */
export function serviceAccountOf(workload: Resource): { name: string; field: Field } {
  const spec = podSpecOf(workload);
  for (const key of ['serviceAccountName', 'serviceAccount']) {
    const f = spec.get(key);
    if (typeof f.value === 'string' && f.value !== '') return { name: f.value, field: f };
  }
  return { name: 'default', field: spec.get('serviceAccountName') };
}

export interface TokenMount {
  readonly serviceAccount: string;
  /** The ServiceAccount object, when it is in the input. */
  readonly account?: Resource;
  /** Whether the API token is mounted into the pods; undefined when the input cannot tell. */
  readonly mounted: boolean | undefined;
  /** What decided it. */
  readonly by: 'mirror-pod' | 'pod' | 'admission' | 'service-account' | 'default' | 'unknown';
  /** The token is mounted because someone set automountServiceAccountToken: true (on the pod or its ServiceAccount). */
  readonly explicit: boolean;
  /** The field that decided it, or where the missing setting belongs (the pod spec). */
  readonly at: Field;
}

/**
 * Whether a workload's pods get a service account token mounted, as the ServiceAccount admission plugin decides:
 * mirror (static) pods never do; the pod's automountServiceAccountToken wins when set; a Pod from a dump that
 * carries the admission-injected `kube-api-access-*` projected volume has one; else the ServiceAccount's setting;
 * else the default, which is to mount.
 */
export function tokenMount(workload: Resource, index: SnapshotIndex): TokenMount {
  return tokenMountsIn(index)(workload);
}

// Asked by several rules for every workload; the answer depends on the workload and its snapshot only.
const tokenMountsIn = memoWeak((index: SnapshotIndex) => memoWeak((workload: Resource) => readTokenMount(workload, index)));

function readTokenMount(workload: Resource, index: SnapshotIndex): TokenMount {
  const spec = podSpecOf(workload);
  const sa = serviceAccountOf(workload);
  const account = index.get('ServiceAccount', workload.namespace, sa.name);
  const base = { serviceAccount: sa.name, ...(account ? { account } : {}) };
  const podSetting = spec.get('automountServiceAccountToken');
  const annotations = (workload.obj.metadata as Record<string, unknown> | undefined)?.annotations;
  if (workload.kind === 'Pod' && isPlainObject(annotations) && annotations['kubernetes.io/config.mirror'] !== undefined) {
    return { ...base, mounted: false, by: 'mirror-pod', explicit: false, at: Field.of(workload, 'metadata', 'annotations') };
  }
  if (typeof podSetting.value === 'boolean') {
    return { ...base, mounted: podSetting.value, by: 'pod', explicit: podSetting.value, at: podSetting };
  }
  const saSetting = account ? Field.of(account, 'automountServiceAccountToken') : undefined;
  const saExplicit = saSetting?.value === true;
  if (workload.kind === 'Pod') {
    const injected = spec.get('volumes').items().find((v) => {
      const name = v.get('name').str() ?? '';
      return name.startsWith('kube-api-access-') && v.get('projected', 'sources').items().some((s) => s.get('serviceAccountToken').exists);
    });
    if (injected) return { ...base, mounted: true, by: 'admission', explicit: saExplicit, at: injected };
  }
  if (saSetting && typeof saSetting.value === 'boolean') {
    return { ...base, mounted: saSetting.value, by: 'service-account', explicit: saSetting.value, at: saSetting };
  }
  if (account) return { ...base, mounted: true, by: 'default', explicit: false, at: podSetting };
  return { ...base, mounted: undefined, by: 'unknown', explicit: false, at: podSetting };
}

/** How the per-binding permission rules treat objects that ship with the cluster (for rule notes). */
export const BINDING_RULE_NOTES =
  'Judged per RoleBinding and ClusterRoleBinding from the roles in the input (a RoleBinding to a ClusterRole grants ' +
  'it only in its namespace; aggregated ClusterRoles count the rules of the ClusterRoles they select, once). ' +
  'Default bindings of the bootstrap policy (labelled kubernetes.io/bootstrapping: rbac-defaults, named after the ' +
  'built-in role they bind, and binding only system: users and groups or kube-system service accounts) and ' +
  'kubeadm\'s "kubeadm:cluster-admins" binding are ' +
  'the cluster\'s own and pass; a user added to one of them makes it a user grant. A grant limited by resourceNames ' +
  'is reported manual for review; a binding whose role is not in the input is manual, except "cluster-admin", ' +
  'which is built in and allows everything.';
