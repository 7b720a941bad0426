// Containers must set allowPrivilegeEscalation: false; privileged mode or CAP_SYS_ADMIN allow escalation regardless.
import { defineRule, pass, notApplicable } from '../../lib/rule/define.js';
import { capabilities, failOffenders, isWindowsPod, type Offender } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-allow-privilege-escalation',
  title: 'Containers do not allow privilege escalation',
  assessment: 'manual',
  notes:
    'Judged on the workloads, as the restricted Pod Security Standard does: unset allowPrivilegeEscalation defaults to ' +
    'true on Linux, so only an explicit false passes; privileged: true or an added SYS_ADMIN (or ALL) capability ' +
    'allow escalation whatever the field says. Pods with spec.os.name: windows are not applicable.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'restricted', mitreAttack: ['T1548', 'T1611'] },
  rationale: 'Without no_new_privs a process can gain more privileges than its parent, for example through setuid binaries or file capabilities.',
  remediation: 'Set securityContext.allowPrivilegeEscalation: false on every container (init and ephemeral too), and drop privileged: true and the SYS_ADMIN capability.',

  evaluate(workload) {
    if (isWindowsPod(workload)) return notApplicable('Windows pod: allowPrivilegeEscalation applies to Linux containers only', workload.loc);
    const offenders: Offender[] = [];
    for (const c of containersOf(workload)) {
      const privileged = c.sc('privileged');
      const sysAdmin = capabilities(c, 'add').find((e) => e.name === 'SYS_ADMIN' || e.name === 'ALL');
      const ape = c.sc('allowPrivilegeEscalation');
      if (privileged.value === true) offenders.push({ container: c, at: privileged, detail: 'privileged: true always allows escalation' });
      else if (sysAdmin) offenders.push({ container: c, at: sysAdmin.field, detail: `capability "${sysAdmin.raw}" added, which allows escalation` });
      else if (ape.value === true) offenders.push({ container: c, at: ape, detail: 'allowPrivilegeEscalation: true in its securityContext' });
      else if (ape.value !== false) offenders.push({ container: c, at: ape, detail: 'allowPrivilegeEscalation not set, so it defaults to true' });
    }
    if (offenders.length === 0) return pass(workload.loc, 'every container sets allowPrivilegeEscalation: false');
    return failOffenders('privilege escalation allowed in', offenders);
  },
});
