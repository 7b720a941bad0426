// Containers must not add capabilities beyond the container runtime's default set (CIS 1.10/1.11 5.2.9).
import { defineRule, notApplicable, pass } from '../../lib/rule/define.js';
import { capabilities, failOffenders, isWindowsPod, type Offender } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

/**
 * The default set of containerd and CRI-O, which the baseline Pod Security Standard lets a container add back
 * after dropping it: adding one of these grants nothing beyond what a container holds by default.
 */
const DEFAULT_SET = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

export default defineRule<Resource>({
  id: 'pod-added-capabilities',
  title: 'Containers add no capabilities beyond the runtime default set',
  assessment: 'manual',
  notes:
    'Only additions are judged here: capabilities.add entries outside the default set (the baseline Pod Security Standard ' +
    'list), ALL, or privileged: true (every capability) fail. Whether containers also drop the default set is the separate ' +
    '"capabilities assigned" recommendation (pod-capabilities-drop-all). Pods with spec.os.name: windows are not applicable.',
  severity: 'high',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'baseline', mitreAttack: ['T1611'] },
  rationale: 'Capabilities such as SYS_ADMIN, NET_ADMIN or SYS_PTRACE give a container powers over the kernel and the node that make a breakout far easier.',
  remediation: 'Remove capabilities outside the runtime default set from securityContext.capabilities.add (and privileged: true); where a workload truly needs one, isolate it and document why.',

  evaluate(workload) {
    if (isWindowsPod(workload)) return notApplicable('Windows pod: Linux capabilities do not apply', workload.loc);
    const offenders: Offender[] = [];
    for (const c of containersOf(workload)) {
      const extra = capabilities(c, 'add').filter((e) => !DEFAULT_SET.has(e.name));
      const privileged = c.sc('privileged');
      const notes: string[] = [];
      if (extra.length) notes.push(`adds ${extra.map((e) => `"${e.raw}"`).join(', ')}`);
      if (privileged.value === true) notes.push('privileged: true grants every capability');
      if (notes.length) offenders.push({ container: c, at: extra.length ? extra[0].field : privileged, detail: notes.join('; ') });
    }
    if (offenders.length === 0) return pass(workload.loc, 'no container adds a capability beyond the runtime default set');
    return failOffenders('capabilities added beyond the runtime default set by', offenders);
  },
});
