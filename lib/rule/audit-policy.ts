// Audit policy (audit.k8s.io Policy) evaluation as the API server does it: for each request the first rule
// that matches decides the level; no match means None. Used to probe whether key concerns are covered.
import type { Loc, Resource } from '../model/types.js';
import { checkIntAtLeast, flagSetting, type ComponentView } from './component.js';
import { manual } from './define.js';
import { Field, isPlainObject } from './field.js';
import type { Verdict } from './types.js';

export type AuditLevel = 'None' | 'Metadata' | 'Request' | 'RequestResponse';
export const LEVEL_RANK: Readonly<Record<AuditLevel, number>> = { None: 0, Metadata: 1, Request: 2, RequestResponse: 3 };

/** A request to test against a policy, in the terms the policy matches on. */
export interface ProbeRequest {
  readonly user: string;
  readonly groups: readonly string[];
  readonly verb: string;
  /** Resource requests: API group ('' for core), resource, optional subresource, namespace ('' when cluster-scoped). */
  readonly group?: string;
  readonly resource?: string;
  readonly subresource?: string;
  readonly namespace?: string;
  readonly name?: string;
  /** Non-resource requests: the URL path. */
  readonly path?: string;
}

export interface Decision {
  readonly level: AuditLevel;
  /** Index of the deciding rule; undefined when no rule matched (level None). */
  readonly rule?: number;
  /** True when omitStages drop both the RequestReceived and ResponseComplete events, so nothing is recorded. */
  readonly suppressed: boolean;
}

export interface PolicyProblem {
  readonly message: string;
  readonly loc: Loc;
}

const LEVELS = new Set<string>(['None', 'Metadata', 'Request', 'RequestResponse']);

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function locOf(f: Field): Loc {
  const { exact: _e, ...loc } = f.loc;
  return loc;
}

/**
 * Problems that make the API server refuse the policy file: wrong kind, a version it no longer reads (v1alpha1 and
 * v1beta1 were removed in 1.24; an unknown version is judged as a supported one, all of which are 1.24+), no rules,
 * an unknown level.
 */
export function policyProblems(doc: Resource, minor?: number): PolicyProblem[] {
  const root = Field.of(doc);
  if (doc.kind !== 'Policy' || !doc.apiVersion.startsWith('audit.k8s.io/')) {
    return [{ message: `the file is a "${doc.kind || 'document without kind'}", not an audit.k8s.io Policy`, loc: doc.loc }];
  }
  const legacy = doc.apiVersion === 'audit.k8s.io/v1beta1' || doc.apiVersion === 'audit.k8s.io/v1alpha1';
  if (doc.apiVersion !== 'audit.k8s.io/v1' && !(legacy && minor !== undefined && minor < 24)) {
    const why = legacy ? 'which the API server no longer loads (removed in 1.24)' : 'which the API server does not know';
    return [{ message: `the policy is "${doc.apiVersion}", ${why}; use audit.k8s.io/v1`, loc: locOf(root.get('apiVersion')) }];
  }
  const rules = root.get('rules').items();
  if (rules.length === 0) return [{ message: 'the policy has no rules, which the API server refuses to load', loc: locOf(root.get('rules').exists ? root.get('rules') : root.get('kind')) }];
  const out: PolicyProblem[] = [];
  rules.forEach((r, i) => {
    const level = r.get('level');
    if (typeof level.value !== 'string' || !LEVELS.has(level.value)) {
      out.push({ message: `rules[${i}] has level "${String(level.value ?? '')}", which is not None, Metadata, Request or RequestResponse`, loc: locOf(level.exists ? level : r) });
    }
  });
  return out;
}

/** The level the policy gives a request: the first matching rule's level, None when no rule matches. */
export function decide(doc: Resource, req: ProbeRequest): Decision {
  const policyOmit = strings(doc.obj.omitStages);
  const rules = Array.isArray(doc.obj.rules) ? doc.obj.rules : [];
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (!isPlainObject(r) || !ruleMatches(r, req)) continue;
    const omit = new Set([...policyOmit, ...strings(r.omitStages)]);
    const level = typeof r.level === 'string' && LEVELS.has(r.level) ? (r.level as AuditLevel) : 'None';
    return { level, rule: i, suppressed: omit.has('RequestReceived') && omit.has('ResponseComplete') };
  }
  return { level: 'None', suppressed: false };
}

function ruleMatches(r: Record<string, unknown>, req: ProbeRequest): boolean {
  const users = strings(r.users);
  if (users.length > 0 && !users.includes(req.user)) return false;
  const groups = strings(r.userGroups);
  if (groups.length > 0 && !req.groups.some((g) => groups.includes(g))) return false;
  const verbs = strings(r.verbs);
  if (verbs.length > 0 && !verbs.includes(req.verb)) return false;
  const namespaces = strings(r.namespaces);
  const resources = Array.isArray(r.resources) ? r.resources : [];
  if (namespaces.length > 0 || resources.length > 0) return matchesResource(namespaces, resources, req);
  const urls = strings(r.nonResourceURLs);
  if (urls.length > 0) return req.path !== undefined && urls.some((spec) => pathMatches(req.path!, spec));
  return true;
}

function pathMatches(path: string, spec: string): boolean {
  if (spec === '*' || spec === path) return true;
  return spec.endsWith('*') && path.startsWith(spec.replace(/\*+$/, ''));
}

function matchesResource(namespaces: string[], resources: unknown[], req: ProbeRequest): boolean {
  if (req.resource === undefined) return false;
  // Cluster-scoped requests have the empty namespace, which a rule lists as "".
  if (namespaces.length > 0 && !namespaces.includes(req.namespace ?? '')) return false;
  if (resources.length === 0) return true;
  const combined = req.subresource ? `${req.resource}/${req.subresource}` : req.resource;
  for (const gr of resources) {
    if (!isPlainObject(gr)) continue;
    const group = typeof gr.group === 'string' ? gr.group : '';
    if (group !== (req.group ?? '')) continue;
    const names = strings(gr.resources);
    if (names.length === 0) return true;
    const resourceNames = strings(gr.resourceNames);
    if (resourceNames.length > 0 && !resourceNames.includes(req.name ?? '')) continue;
    for (const res of names) {
      if (res === combined || res === '*') return true;
      // "*/exec" matches that subresource of every resource; "pods/*" every subresource of pods (Go trims the cutsets).
      if (req.subresource && res.startsWith('*/') && req.subresource === res.replace(/^[*/]+/, '')) return true;
      if (res.endsWith('/*') && req.resource === res.replace(/[/*]+$/, '')) return true;
    }
  }
  return false;
}

/** One thing the benchmark wants the policy to record. */
export interface Concern {
  readonly id: string;
  /** How messages name it: `secrets`, `pods/exec, pods/attach, ...`. */
  readonly label: string;
  /** `metadata-only`: logged, but never with bodies (Request/RequestResponse would record secret material). */
  readonly want: 'metadata-only' | 'at-least-metadata';
  readonly requests: readonly { group: string; resource: string; subresource?: string; verbs: readonly string[]; namespaced: boolean }[];
}

const READ_WRITE = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
const WRITE = ['create', 'update', 'patch', 'delete'];
/** A group no real API serves: what the policy does with it shows its catch-all behaviour. */
export const PROBE_GROUP = 'probe.kubecis.invalid';

export const AUDIT_CONCERNS: readonly Concern[] = [
  { id: 'secrets', label: 'secrets', want: 'metadata-only', requests: [{ group: '', resource: 'secrets', verbs: READ_WRITE, namespaced: true }] },
  { id: 'configmaps', label: 'configmaps', want: 'metadata-only', requests: [{ group: '', resource: 'configmaps', verbs: READ_WRITE, namespaced: true }] },
  { id: 'tokenreviews', label: 'tokenreviews', want: 'metadata-only', requests: [{ group: 'authentication.k8s.io', resource: 'tokenreviews', verbs: ['create'], namespaced: false }] },
  {
    id: 'pod-access',
    label: 'pods/exec, pods/attach, pods/portforward, pods/proxy and services/proxy',
    want: 'at-least-metadata',
    requests: [
      ...['exec', 'attach', 'portforward', 'proxy'].map((sub) => ({ group: '', resource: 'pods', subresource: sub, verbs: ['create', 'get'], namespaced: true })),
      { group: '', resource: 'services', subresource: 'proxy', verbs: ['create', 'get'], namespaced: true },
    ],
  },
  {
    id: 'workload-changes',
    label: 'changes to pods and deployments',
    want: 'at-least-metadata',
    requests: [
      { group: '', resource: 'pods', verbs: WRITE, namespaced: true },
      { group: 'apps', resource: 'deployments', verbs: WRITE, namespaced: true },
    ],
  },
  {
    id: 'rbac-changes',
    label: 'changes to RBAC roles and bindings',
    want: 'at-least-metadata',
    requests: [
      ...['roles', 'rolebindings'].map((resource) => ({ group: 'rbac.authorization.k8s.io', resource, verbs: WRITE, namespaced: true })),
      ...['clusterroles', 'clusterrolebindings'].map((resource) => ({ group: 'rbac.authorization.k8s.io', resource, verbs: WRITE, namespaced: false })),
    ],
  },
  {
    id: 'catch-all',
    label: 'other requests (a catch-all rule)',
    want: 'at-least-metadata',
    requests: [{ group: PROBE_GROUP, resource: 'probes', verbs: ['get', 'create', 'delete'], namespaced: true }],
  },
];

export interface CoverageFinding {
  readonly concern: Concern;
  readonly problem: 'not-logged' | 'over-logged';
  readonly message: string;
  readonly loc: Loc;
}

const GENERIC_USER = { user: 'kubecis:probe-user', groups: ['system:authenticated'] };

/**
 * Probe each concern. Under-logging is judged for an ordinary authenticated user (rules that exempt named
 * system users stay acceptable); over-logging for every user and group the policy names too, since one rule
 * recording Secret bodies for any identity is enough to leak them.
 */
export function auditCoverage(doc: Resource, concerns: readonly Concern[] = AUDIT_CONCERNS): CoverageFinding[] {
  const rules = Field.of(doc, 'rules');
  const ruleItems = rules.items();
  const named = new Set<string>();
  const namedGroups = new Set<string>();
  const namedNamespaces = new Set<string>();
  for (const r of ruleItems) {
    for (const u of strings(r.get('users').value)) named.add(u);
    for (const g of strings(r.get('userGroups').value)) namedGroups.add(g);
    for (const n of strings(r.get('namespaces').value)) namedNamespaces.add(n);
  }
  const everyone = [
    GENERIC_USER,
    ...[...named].sort().map((user) => ({ user, groups: ['system:authenticated'] })),
    ...[...namedGroups].sort().map((g) => ({ user: 'kubecis:probe-group-member', groups: [g, 'system:authenticated'] })),
  ];
  const baseNamespaces = ['kubecis-probe', 'kube-system'];
  const allNamespaces = [...new Set([...baseNamespaces, ...[...namedNamespaces].filter(Boolean).sort()])];
  const ruleLoc = (i: number | undefined): Loc => locOf(i === undefined ? (rules.exists ? rules : Field.of(doc, 'kind')) : ruleItems[i].get('level').exists ? ruleItems[i].get('level') : ruleItems[i]);
  const describeReq = (q: ProbeRequest) => `${q.verb} on ${q.group ? `${q.resource}.${q.group}` : q.resource}${q.subresource ? `/${q.subresource}` : ''}`;

  const findings: CoverageFinding[] = [];
  for (const c of concerns) {
    let under: CoverageFinding | undefined;
    let over: CoverageFinding | undefined;
    for (const r of c.requests) {
      for (const verb of r.verbs) {
        for (const ns of r.namespaced ? allNamespaces : ['']) {
          for (const who of everyone) {
            const isGeneric = who === GENERIC_USER && (ns === '' || baseNamespaces.includes(ns));
            if (!isGeneric && c.want !== 'metadata-only') continue;
            const q: ProbeRequest = { ...who, verb, group: r.group, resource: r.resource, subresource: r.subresource, namespace: ns };
            const d = decide(doc, q);
            if (isGeneric && !under && (d.level === 'None' || d.suppressed)) {
              const what = c.id === 'catch-all' ? 'requests for resources no other rule names' : describeReq(q);
              const why = d.rule === undefined
                ? `no rule matches ${what}`
                : d.level === 'None'
                  ? `rules[${d.rule}] sets level None for ${what}`
                  : `rules[${d.rule}] omits every stage that would record ${what}`;
              const inNs = ns && ns !== 'kubecis-probe' ? ` in namespace "${ns}"` : '';
              const message = c.id === 'catch-all'
                ? `there is no catch-all rule at Metadata or above: ${why}`
                : `${c.label} are not logged: ${why}${inNs}`;
              under = { concern: c, problem: 'not-logged', message, loc: ruleLoc(d.rule) };
            }
            if (c.want === 'metadata-only' && !over && LEVEL_RANK[d.level] > LEVEL_RANK.Metadata && !d.suppressed) {
              const forWhom = who === GENERIC_USER ? '' : who.user === 'kubecis:probe-group-member' ? ` for group "${who.groups[0]}"` : ` for user "${who.user}"`;
              over = {
                concern: c,
                problem: 'over-logged',
                message: `${c.label} are logged at ${d.level} by rules[${d.rule}]${forWhom}, which records request${d.level === 'RequestResponse' ? ' and response' : ''} bodies; log them at Metadata`,
                loc: ruleLoc(d.rule),
              };
            }
          }
        }
      }
    }
    if (over) findings.push(over);
    if (under) findings.push(under);
  }
  return findings;
}

/**
 * An audit log rotation flag (--audit-log-maxage/-maxbackup/-maxsize, default 0) must be at least `min`. When the
 * log goes to standard output (--audit-log-path=-) rotation is up to whatever collects it, so the flag is moot.
 */
export function checkAuditLogLimit(v: ComponentView, flag: string, min: number, zeroMeans: string): Verdict {
  const path = flagSetting(v, 'audit-log-path');
  if (path.value === '-') {
    return manual(`the audit log goes to standard output ("--audit-log-path" is "-"), so "--${flag}" has no effect; check retention where the output is collected`, path.loc);
  }
  const s = flagSetting(v, flag, { default: '0' });
  const verdict = checkIntAtLeast(s, min);
  if (verdict.status === 'fail' && s.source === 'default') return { ...verdict, message: `${verdict.message} (0 means ${zeroMeans})` };
  return verdict;
}
