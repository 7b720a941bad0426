// Containers must not be assigned capabilities (CIS 5.2.9 in 1.12, 5.2.10 before): drop ALL and add back nothing but NET_BIND_SERVICE.
import { defineRule, pass, notApplicable } from '../../lib/rule/define.js';
import { capabilities, drops, failOffenders, isWindowsPod, type Offender } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

/** The one capability the restricted Pod Security Standard lets a container add back. */
const TOLERATED = 'NET_BIND_SERVICE';

export default defineRule<Resource>({
  id: 'pod-capabilities-drop-all',
  title: 'Containers drop all capabilities and add none beyond NET_BIND_SERVICE',
  assessment: 'manual',
  notes:
    'We read "capabilities assigned" as the capabilities a container ends up with: those it adds and the runtime ' +
    'default set it keeps unless it drops ALL. As in the restricted Pod Security Standard, a container passes when it ' +
    'drops ALL (any case) and adds nothing but NET_BIND_SERVICE; privileged: true counts as assigning every capability. ' +
    'Added capabilities are reported before missing drops. Pods with spec.os.name: windows are not applicable. Benchmarks ' +
    'before CIS 1.12 also ask, separately, that nothing is added beyond the runtime default set (pod-added-capabilities).',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'restricted', mitreAttack: ['T1611'] },
  rationale: 'Every capability a container holds widens what a compromised process can do to the kernel and the node; most applications need none.',
  remediation: 'Set securityContext.capabilities.drop: ["ALL"] on every container and add back only NET_BIND_SERVICE where a port below 1024 is needed.',

  evaluate(workload) {
    if (isWindowsPod(workload)) return notApplicable('Windows pod: Linux capabilities do not apply', workload.loc);
    const adding: Offender[] = [];
    const keeping: Offender[] = [];
    for (const c of containersOf(workload)) {
      const extra = capabilities(c, 'add').filter((e) => e.name !== TOLERATED);
      const privileged = c.sc('privileged');
      const notes: string[] = [];
      if (extra.length) notes.push(`adds ${extra.map((e) => `"${e.raw}"`).join(', ')}`);
      if (privileged.value === true) notes.push('privileged: true grants every capability');
      if (!drops(c, 'ALL')) notes.push('does not drop ALL, so it keeps the runtime default set');
      if (!notes.length) continue;
      const at = extra.length ? extra[0].field : privileged.value === true ? privileged : c.sc('capabilities', 'drop');
      (extra.length || privileged.value === true ? adding : keeping).push({ container: c, at, detail: notes.join('; ') });
    }
    const offenders = [...adding, ...keeping];
    if (offenders.length === 0) return pass(workload.loc, `every container drops ALL and adds nothing beyond ${TOLERATED}`);
    return failOffenders('capabilities assigned to', offenders);
  },
});
