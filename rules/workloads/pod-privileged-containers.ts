// Workload containers (init, regular and ephemeral) must not run privileged.
import { defineRule, pass, fail } from '../../lib/rule/define.js';
import { containersOf, quoteList } from '../../lib/rule/workload.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-privileged-containers',
  title: 'Workloads do not run privileged containers',
  assessment: 'manual',
  notes: 'The benchmark asks for an admission policy; on manifests and dumps we check the workloads themselves.',
  severity: 'high',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'baseline', mitreAttack: ['T1611'] },
  rationale: 'A privileged container has nearly all the power of root on the node, so one compromised process owns the host.',
  remediation: 'Remove securityContext.privileged: true from the container and grant only the specific capabilities it needs; enforce the baseline Pod Security Standard on the namespace.',

  evaluate(workload) {
    const offenders = containersOf(workload).filter((c) => c.sc('privileged').value === true);
    if (offenders.length === 0) return pass(workload.loc);
    const names = quoteList(offenders.map((c) => c.name));
    return fail(offenders[0].sc('privileged'), `${offenders.length === 1 ? 'container' : 'containers'} ${names} ${offenders.length === 1 ? 'runs' : 'run'} privileged`);
  },
});
