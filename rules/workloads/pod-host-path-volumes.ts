// Pods must not mount directories or files of the node through hostPath volumes.
import { defineRule, pass, fail } from '../../lib/rule/define.js';
import { describeContainer } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf, podSpecOf } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-host-path-volumes',
  title: 'Workloads do not use hostPath volumes',
  assessment: 'manual',
  notes: 'Every hostPath volume fails, read-only or not and mounted or not: the volume itself is what admission would refuse.',
  severity: 'high',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'baseline', mitreAttack: ['T1611'] },
  rationale: 'A hostPath volume exposes the node filesystem: container runtime sockets, kubelet credentials and other pods\' data are one mount away.',
  remediation: 'Replace hostPath volumes with PersistentVolumeClaims, ConfigMaps, Secrets, emptyDir or CSI volumes; enforce the baseline Pod Security Standard on the namespace.',

  evaluate(workload) {
    const containers = containersOf(workload);
    const offenders = podSpecOf(workload).get('volumes').items().filter((v) => v.get('hostPath').exists);
    if (offenders.length === 0) return pass(workload.loc, 'no hostPath volumes');
    const parts = offenders.map((v) => {
      const name = v.get('name').str() ?? `#${String(v.path[v.path.length - 1])}`;
      const path = v.get('hostPath', 'path').str();
      const users = containers.filter((c) => c.field.get('volumeMounts').items().some((m) => m.get('name').value === name));
      const mounted = users.length ? `mounted by ${users.map(describeContainer).join(', ')}` : 'not mounted by any container';
      return `"${name}" (${path !== undefined ? `path "${path}", ` : ''}${mounted})`;
    });
    return fail(offenders[0].get('hostPath'), `hostPath ${offenders.length === 1 ? 'volume' : 'volumes'} ${parts.join(', ')}`);
  },
});
