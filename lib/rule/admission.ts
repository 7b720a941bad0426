// What the input shows about pod admission control: policy engines, PodSecurity admission defaults and exemptions.
import type { Loc, Resource, Snapshot } from '../model/types.js';
import { Field } from './field.js';
import { flagList } from './flags.js';
import type { SnapshotIndex } from './snapshot-index.js';

/** A sign that a policy engine admits pods. */
export interface EngineEvidence {
  readonly engine: 'Gatekeeper' | 'Kyverno';
  /** What was seen, for messages: `ConstraintTemplate "k8spspprivileged"`. */
  readonly what: string;
  readonly resource: Resource;
  /** Set for a namespaced Kyverno Policy, which only applies in its own namespace. */
  readonly namespace?: string;
}

/** The PodSecurity admission plugin's configuration, when the input has one. */
export interface PodSecurityConfig {
  /** defaults.enforce; absent means `privileged`, as the plugin assumes. */
  readonly enforce: Field;
  /** Namespaces the plugin never checks (exemptions.namespaces), with the entry naming each. */
  readonly exemptNamespaces: ReadonlyMap<string, Field>;
  readonly resource: Resource;
}

export interface AdmissionEvidence {
  /** Engines that apply to every namespace, strongest evidence first. */
  readonly clusterEngines: readonly EngineEvidence[];
  /** Namespaced Kyverno Policies in Enforce mode, by namespace. */
  readonly namespaceEngines: ReadonlyMap<string, readonly EngineEvidence[]>;
  /** Set when Kyverno policies are in the input but none enforces. */
  readonly kyvernoAuditOnly?: Resource;
  readonly podSecurity?: PodSecurityConfig;
  /** The --disable-admission-plugins flag that turns PodSecurity off, when a collected API server has one. */
  readonly podSecurityDisabled?: { readonly node: string; readonly loc: Loc };
}

const GATEKEEPER_DEPLOYMENTS = new Set(['gatekeeper-controller-manager']);
const KYVERNO_DEPLOYMENTS = new Set(['kyverno', 'kyverno-admission-controller']);
export const PSS_LEVELS = ['privileged', 'baseline', 'restricted'] as const;

const cache = new WeakMap<SnapshotIndex, AdmissionEvidence>();

/** Gather the evidence once per scan (the index is per scan), so namespace rules stay linear in the input. */
export function admissionEvidence(snapshot: Snapshot, index: SnapshotIndex): AdmissionEvidence {
  let ev = cache.get(index);
  if (!ev) cache.set(index, (ev = gather(snapshot, index)));
  return ev;
}

function gather(snapshot: Snapshot, index: SnapshotIndex): AdmissionEvidence {
  const clusterEngines: EngineEvidence[] = [];
  const namespaceEngines = new Map<string, EngineEvidence[]>();
  for (const r of index.byKind('ConstraintTemplate')) {
    if (r.apiVersion.startsWith('templates.gatekeeper.sh/')) clusterEngines.push({ engine: 'Gatekeeper', what: `ConstraintTemplate "${r.name}"`, resource: r });
  }
  let kyvernoPolicies = 0;
  let kyvernoAudit: Resource | undefined;
  let kyvernoEnforcing = false;
  for (const r of [...index.byKind('ClusterPolicy'), ...index.byKind('Policy')]) {
    if (!r.apiVersion.startsWith('kyverno.io/')) continue;
    kyvernoPolicies++;
    if (!kyvernoEnforces(r)) {
      kyvernoAudit ??= r;
      continue;
    }
    kyvernoEnforcing = true;
    const e: EngineEvidence = { engine: 'Kyverno', what: `${r.kind} "${r.name}" in Enforce mode`, resource: r };
    if (r.kind === 'ClusterPolicy') clusterEngines.push(e);
    // A Policy without metadata.namespace lands wherever it is applied; it cannot be attributed to a namespace.
    else if (r.namespace !== undefined) namespaceEngines.set(r.namespace, [...(namespaceEngines.get(r.namespace) ?? []), { ...e, namespace: r.namespace }]);
  }
  for (const r of index.byKind('Deployment')) {
    if (GATEKEEPER_DEPLOYMENTS.has(r.name)) clusterEngines.push({ engine: 'Gatekeeper', what: `Deployment "${r.name}"`, resource: r });
    // Policies in the input outrank the deployment: when they are all in Audit mode, Kyverno blocks nothing.
    if (KYVERNO_DEPLOYMENTS.has(r.name) && kyvernoPolicies === 0) {
      clusterEngines.push({ engine: 'Kyverno', what: `Deployment "${r.name}", whose policies are not in the input`, resource: r });
    }
  }
  return {
    clusterEngines,
    namespaceEngines,
    ...(kyvernoAudit && !kyvernoEnforcing ? { kyvernoAuditOnly: kyvernoAudit } : {}),
    ...optional('podSecurity', podSecurityConfig(snapshot, index)),
    ...optional('podSecurityDisabled', podSecurityDisabled(snapshot)),
  };
}

function optional<K extends string, V>(key: K, v: V | undefined): { [k in K]?: V } {
  return (v === undefined ? {} : { [key]: v }) as { [k in K]?: V };
}

/** A Kyverno policy blocks pods when some validate rule's action (rule-level failureAction, else the policy's) is Enforce. */
function kyvernoEnforces(r: Resource): boolean {
  const spec = Field.of(r, 'spec');
  const policyAction = spec.get('validationFailureAction').str() ?? 'Audit';
  return spec.get('rules').items().some((rule) => {
    const validate = rule.get('validate');
    if (!validate.exists) return false;
    return /^enforce$/i.test(validate.get('failureAction').str() ?? policyAction);
  });
}

/** The PodSecurityConfiguration: standalone, or inside an AdmissionConfiguration, from manifests or node config files. */
function podSecurityConfig(snapshot: Snapshot, index: SnapshotIndex): PodSecurityConfig | undefined {
  const docs: Resource[] = [...index.byKind('PodSecurityConfiguration'), ...index.byKind('AdmissionConfiguration')];
  for (const node of [...snapshot.nodes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    for (const path of [...node.configFiles.keys()].sort()) {
      const doc = node.configFiles.get(path)?.doc;
      if (doc && (doc.kind === 'PodSecurityConfiguration' || doc.kind === 'AdmissionConfiguration')) docs.push(doc);
    }
  }
  for (const doc of docs) {
    let root: Field | undefined;
    if (doc.kind === 'PodSecurityConfiguration') root = Field.of(doc);
    else root = Field.of(doc, 'plugins').items().find((p) => p.get('name').value === 'PodSecurity')?.get('configuration');
    if (!root?.exists) continue;
    const exemptNamespaces = new Map<string, Field>();
    for (const f of root.get('exemptions', 'namespaces').items()) {
      const ns = f.str();
      if (ns !== undefined && !exemptNamespaces.has(ns)) exemptNamespaces.set(ns, f);
    }
    return { enforce: root.get('defaults', 'enforce'), exemptNamespaces, resource: doc };
  }
  return undefined;
}

function podSecurityDisabled(snapshot: Snapshot): AdmissionEvidence['podSecurityDisabled'] {
  for (const node of snapshot.nodes) {
    const apiserver = node.components.apiserver;
    if (!apiserver) continue;
    const list = flagList(apiserver, 'disable-admission-plugins');
    if (list?.items.includes('PodSecurity')) return { node: node.name, loc: list.value.loc };
  }
  return undefined;
}
