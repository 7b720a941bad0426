// Windows containers must not run as HostProcess containers (windowsOptions.hostProcess, pod or container level).
import { defineRule, pass, fail } from '../../lib/rule/define.js';
import { failOffenders, levelOf, type Offender } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf, podSpecOf, quoteList } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-windows-host-process',
  title: 'Workloads do not run Windows HostProcess containers',
  assessment: 'manual',
  notes:
    'windowsOptions merges field by field: a container inherits the pod-level hostProcess unless it sets its own. ' +
    'A pod-level hostProcess: true fails even when every container overrides it (the API server rejects that mix).',
  severity: 'high',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'baseline', mitreAttack: ['T1611'] },
  rationale: 'A HostProcess container runs directly on the Windows node with host networking and the rights of its host user, outside any container isolation.',
  remediation: 'Remove windowsOptions.hostProcess: true from the pod and container securityContext; run node agents as Windows services managed outside the cluster workloads if they need host access.',

  evaluate(workload) {
    const offenders: Offender[] = [];
    for (const c of containersOf(workload)) {
      const hp = c.effective('windowsOptions', 'hostProcess');
      if (hp.value === true) {
        offenders.push({ container: c, at: hp, detail: `hostProcess: true from the ${levelOf(c, 'windowsOptions', 'hostProcess')} securityContext` });
      }
    }
    if (offenders.length) return failOffenders('HostProcess containers', offenders);
    // Containers overriding a pod-level true with false are rejected by the API server; the pod still asks for it.
    const podLevel = podSpecOf(workload).get('securityContext', 'windowsOptions', 'hostProcess');
    if (podLevel.value === true) {
      return fail(podLevel, `the pod securityContext sets hostProcess: true, which ${quoteList(containersOf(workload).map((c) => c.name))} cannot override with false`);
    }
    return pass(workload.loc, 'no container runs as a HostProcess container');
  },
});
