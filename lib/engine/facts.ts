// Facts about the input that decide which benchmark applies (provider, Kubernetes version).
import { isObject } from '../model/parse.js';
import type { Snapshot } from '../model/types.js';

export interface InputFacts {
  serverVersion?: string;
  nodeLabels?: Record<string, string>[];
  providerIds?: string[];
  apiGroups?: string[];
  hasResources: boolean;
  hasNodes: boolean;
}

/** Gather provider and version evidence from Node objects, API groups of resources and bundle metadata. */
export function inputFacts(snapshot: Snapshot, kubernetesMinor?: number): InputFacts {
  const nodeLabels: Record<string, string>[] = [];
  const providerIds: string[] = [];
  const apiGroups = new Set<string>();
  for (const r of snapshot.resources) {
    const slash = r.apiVersion.indexOf('/');
    if (slash > 0) apiGroups.add(r.apiVersion.slice(0, slash));
    if (r.kind === 'Node') {
      const meta = isObject(r.obj.metadata) ? r.obj.metadata : {};
      const labels = isObject(meta.labels) ? meta.labels : {};
      nodeLabels.push(Object.fromEntries(Object.entries(labels).filter(([, v]) => typeof v === 'string')) as Record<string, string>);
      const spec = isObject(r.obj.spec) ? r.obj.spec : {};
      if (typeof spec.providerID === 'string') providerIds.push(spec.providerID);
    }
  }
  for (const n of snapshot.nodes) {
    const obj = n.nodeObject?.obj;
    if (!obj) continue;
    const spec = isObject(obj.spec) ? obj.spec : {};
    if (typeof spec.providerID === 'string' && !providerIds.includes(spec.providerID)) providerIds.push(spec.providerID);
  }
  const serverVersion = snapshot.serverVersion ?? (kubernetesMinor !== undefined ? `v1.${kubernetesMinor}.0` : undefined);
  return {
    ...(serverVersion ? { serverVersion } : {}),
    nodeLabels,
    providerIds,
    apiGroups: [...apiGroups].sort(),
    hasResources: snapshot.resources.length > 0,
    hasNodes: snapshot.nodes.length > 0,
  };
}
