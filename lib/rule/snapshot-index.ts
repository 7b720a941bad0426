// Indexes over a snapshot that rules share: resources by kind and namespace, owners, namespaces, service accounts.
import type { Resource, Snapshot } from '../model/types.js';

/** Kinds whose objects carry a pod template (or are pods). */
export const WORKLOAD_KINDS: readonly string[] = [
  'CronJob',
  'DaemonSet',
  'Deployment',
  'Job',
  'Pod',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
];

/** Kinds that are not namespaced even when a manifest sets metadata.namespace. */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass',
  'CustomResourceDefinition', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'PriorityClass', 'RuntimeClass',
  'APIService', 'CertificateSigningRequest', 'IngressClass', 'CSIDriver', 'CSINode', 'VolumeAttachment',
  'SecurityContextConstraints', 'ClusterPolicy', 'PodSecurityPolicy',
]);

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind) || kind.startsWith('Cluster') || kind.startsWith('K8s');
}

export class SnapshotIndex {
  private readonly kinds = new Map<string, Resource[]>();
  /** kind -> namespace ('' for none) -> name -> the first such resource: lookups build no key strings. */
  private readonly byKey = new Map<string, Map<string, Map<string, Resource>>>();
  private readonly byUid = new Map<string, Resource>();
  private readonly byNamespace = new Map<string, Resource[]>();
  private nsList?: string[];
  private readonly owners = new Map<Resource, Resource | null>();
  private readonly topLevelCache = new Map<string, Resource[]>();

  constructor(readonly snapshot: Snapshot) {
    for (const r of snapshot.resources) {
      let list = this.kinds.get(r.kind);
      if (!list) this.kinds.set(r.kind, (list = []));
      list.push(r);
      let inKind = this.byKey.get(r.kind);
      if (!inKind) this.byKey.set(r.kind, (inKind = new Map()));
      let inNs = inKind.get(r.namespace ?? '');
      if (!inNs) inKind.set(r.namespace ?? '', (inNs = new Map()));
      if (!inNs.has(r.name)) inNs.set(r.name, r);
      const uid = (r.obj.metadata as Record<string, unknown> | undefined)?.uid;
      if (typeof uid === 'string' && !this.byUid.has(uid)) this.byUid.set(uid, r);
      if (r.namespace !== undefined) {
        let nl = this.byNamespace.get(r.namespace);
        if (!nl) this.byNamespace.set(r.namespace, (nl = []));
        nl.push(r);
      }
    }
  }

  /** All resources of a kind, in input order. */
  byKind(kind: string): readonly Resource[] {
    return this.kinds.get(kind) ?? [];
  }

  /** The first resource with this kind, namespace and name. */
  get(kind: string, namespace: string | undefined, name: string): Resource | undefined {
    return this.byKey.get(kind)?.get(namespace ?? '')?.get(name);
  }

  /** Namespaced resources in a namespace. */
  inNamespace(namespace: string): readonly Resource[] {
    return this.byNamespace.get(namespace) ?? [];
  }

  /** Every namespace the input knows: Namespace objects plus namespaces that resources live in, sorted. */
  namespaces(): readonly string[] {
    if (!this.nsList) {
      const set = new Set<string>(this.byNamespace.keys());
      for (const ns of this.byKind('Namespace')) set.add(ns.name);
      this.nsList = [...set].sort();
    }
    return this.nsList;
  }

  /** The controller that owns a resource, when that controller is in the input too. */
  ownerInInput(r: Resource): Resource | undefined {
    const cached = this.owners.get(r);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.findOwner(r);
    this.owners.set(r, found ?? null);
    return found;
  }

  private findOwner(r: Resource): Resource | undefined {
    const refs = (r.obj.metadata as Record<string, unknown> | undefined)?.ownerReferences;
    if (!Array.isArray(refs)) return undefined;
    for (const ref of refs) {
      if (!ref || typeof ref !== 'object') continue;
      const o = ref as Record<string, unknown>;
      if (o.controller !== true && refs.length > 1) continue;
      const byUid = typeof o.uid === 'string' ? this.byUid.get(o.uid) : undefined;
      if (byUid) return byUid;
      if (typeof o.kind === 'string' && typeof o.name === 'string') {
        const found = this.get(o.kind, r.namespace, o.name);
        if (found) return found;
      }
    }
    return undefined;
  }

  /**
   * Workloads to judge: every object of WORKLOAD_KINDS among `kinds`, except those whose owning controller is
   * also in the input (a Pod of a ReplicaSet of a Deployment is judged once, on the Deployment).
   */
  topLevel(kinds: readonly string[]): readonly Resource[] {
    // Every workload rule asks for the same kinds: compute the answer once per scan.
    const cacheKey = [...kinds].sort().join(',');
    const hit = this.topLevelCache.get(cacheKey);
    if (hit) return hit;
    const out: Resource[] = [];
    for (const kind of [...kinds].sort()) {
      for (const r of this.byKind(kind)) {
        if (WORKLOAD_KINDS.includes(r.kind)) {
          const owner = this.ownerInInput(r);
          if (owner && WORKLOAD_KINDS.includes(owner.kind) && kinds.includes(owner.kind)) continue;
        }
        out.push(r);
      }
    }
    this.topLevelCache.set(cacheKey, out);
    return out;
  }
}
