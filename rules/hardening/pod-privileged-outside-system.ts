// Privileged containers and host namespaces belong to system namespaces only.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import type { Field } from '../../lib/rule/field.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf, podSpecOf } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

/** Namespaces that run the cluster's own components; extend with the option `systemNamespaces`. */
export const DEFAULT_SYSTEM_NAMESPACES: readonly string[] = ['kube-system'];

export function systemNamespaces(options: Readonly<Record<string, unknown>>): readonly string[] {
  const extra = Array.isArray(options.systemNamespaces) ? options.systemNamespaces.filter((x): x is string => typeof x === 'string') : [];
  return [...DEFAULT_SYSTEM_NAMESPACES, ...extra];
}

export default defineRule<Resource>({
  id: 'pod-privileged-outside-system',
  title: 'Privileged and host-namespace pods run only in system namespaces',
  assessment: 'automated',
  notes:
    'Privileged containers (init and ephemeral included), hostNetwork, hostPID and hostIPC are allowed in kube-system and in the namespaces ' +
    'listed in the scan option systemNamespaces (for CNI, CSI or monitoring agents), and fail everywhere else. A workload without a ' +
    'namespace is judged as being in "default".',
  severity: 'high',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'baseline', mitreAttack: ['T1611', 'T1610'] },
  rationale: 'Each privileged or host-namespace pod is a path from the container to the node; they accumulate in application namespaces through copied manifests and debugging, where nobody reviews them as infrastructure.',
  remediation: 'Drop privileged: true and hostNetwork/hostPID/hostIPC from application workloads (grant specific capabilities instead), or move genuine node agents to a system namespace listed in systemNamespaces.',

  evaluate(workload, ctx) {
    const ns = workload.namespace ?? 'default';
    if (systemNamespaces(ctx.options).includes(ns)) return pass(workload.loc, `namespace "${ns}" is a system namespace`);
    const found: { what: string; at: Field }[] = [];
    for (const c of containersOf(workload)) {
      const p = c.sc('privileged');
      if (p.value === true) found.push({ what: `container "${c.name}" runs privileged`, at: p });
    }
    const spec = podSpecOf(workload);
    for (const k of ['hostNetwork', 'hostPID', 'hostIPC']) {
      const f = spec.get(k);
      if (f.value === true) found.push({ what: `${k} is true`, at: f });
    }
    if (found.length === 0) return pass(workload.loc, 'no privileged container and no host namespace');
    return fail(found[0].at, `${found.map((f) => f.what).join(', ')} in namespace "${ns}", which is not a system namespace`);
  },
});
