// Containers must drop NET_RAW (or ALL): container runtimes grant it by default.
import { defineRule, pass, notApplicable } from '../../lib/rule/define.js';
import { capabilities, drops, failOffenders, isWindowsPod, type Offender } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-net-raw-capability',
  title: 'Containers drop the NET_RAW capability',
  assessment: 'manual',
  notes:
    'NET_RAW is in the default capability set of containerd and CRI-O, so a container has it unless it drops NET_RAW ' +
    'or ALL (any case) and does not add it (or ALL) back; privileged: true grants it too. Names are matched without ' +
    'regard to case; a CAP_-prefixed add counts as adding, but a CAP_-prefixed drop is not credited because containerd ' +
    'prefixes names itself and would drop nothing. Pods with spec.os.name: windows are not applicable.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'restricted', mitreAttack: ['T1557', 'T1040'] },
  rationale: 'Raw sockets let a compromised container craft packets, spoof addresses and attack other pods or the node network.',
  remediation: 'Add securityContext.capabilities.drop: ["ALL"] (or at least "NET_RAW") to every container and do not add NET_RAW back.',

  evaluate(workload) {
    if (isWindowsPod(workload)) return notApplicable('Windows pod: Linux capabilities do not apply', workload.loc);
    const offenders: Offender[] = [];
    for (const c of containersOf(workload)) {
      const privileged = c.sc('privileged');
      const added = capabilities(c, 'add').find((e) => e.name === 'NET_RAW' || e.name === 'ALL');
      const prefixedDrop = capabilities(c, 'drop').find((e) => e.name === 'NET_RAW' && e.prefixed);
      if (privileged.value === true) offenders.push({ container: c, at: privileged, detail: 'privileged: true grants every capability' });
      else if (added) offenders.push({ container: c, at: added.field, detail: `adds "${added.raw}"` });
      else if (drops(c, 'NET_RAW')) continue;
      else if (prefixedDrop) {
        offenders.push({ container: c, at: prefixedDrop.field, detail: `drops "${prefixedDrop.raw}", a name containerd does not match; write NET_RAW` });
      } else offenders.push({ container: c, at: c.sc('capabilities', 'drop'), detail: 'does not drop NET_RAW or ALL, so it keeps the runtime default' });
    }
    if (offenders.length === 0) return pass(workload.loc, 'every container drops NET_RAW or ALL');
    return failOffenders('NET_RAW available to', offenders);
  },
});
