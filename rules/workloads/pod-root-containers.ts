// Containers must be known not to run as root: effective runAsNonRoot: true or a non-zero runAsUser.
import { defineRule, pass } from '../../lib/rule/define.js';
import { failOffenders, levelOf, type Offender } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-root-containers',
  title: 'Containers do not run as root',
  assessment: 'manual',
  notes:
    'Each container is judged on its effective settings (its own securityContext, else the pod-level one). ' +
    'runAsUser 0 fails even with runAsNonRoot: true (the kubelet would refuse to start it); a non-zero runAsUser or ' +
    'runAsNonRoot: true passes. When neither is set the image USER decides, which a manifest cannot show, so it fails.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'restricted', mitreAttack: ['T1611'] },
  rationale: 'Root in a container is root on the node once any isolation layer fails, and many escapes need uid 0.',
  remediation: 'Set securityContext.runAsNonRoot: true (pod level covers every container) and a non-zero runAsUser, and build images with a numeric non-root USER.',

  evaluate(workload) {
    const offenders: Offender[] = [];
    for (const c of containersOf(workload)) {
      const user = c.effective('runAsUser');
      const nonRoot = c.effective('runAsNonRoot');
      if (typeof user.value === 'number') {
        if (user.value > 0) continue;
        const despite = nonRoot.value === true ? ', which runAsNonRoot: true cannot override' : '';
        offenders.push({ container: c, at: user, detail: `runAsUser ${user.value} from the ${levelOf(c, 'runAsUser')} securityContext${despite}` });
      } else if (nonRoot.value === true) {
        continue;
      } else if (nonRoot.value === false) {
        offenders.push({ container: c, at: nonRoot, detail: `runAsNonRoot false from the ${levelOf(c, 'runAsNonRoot')} securityContext and no runAsUser` });
      } else {
        offenders.push({
          container: c,
          at: c.sc('runAsNonRoot'),
          detail: 'neither runAsNonRoot nor runAsUser is set, so the image USER decides and it cannot be known from the manifest',
        });
      }
    }
    if (offenders.length === 0) return pass(workload.loc, 'every container runs with runAsNonRoot: true or a non-zero runAsUser');
    return failOffenders('containers that may run as root', offenders);
  },
});
