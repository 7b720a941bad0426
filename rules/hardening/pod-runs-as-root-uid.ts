// Containers are not set to run as UID 0 without runAsNonRoot.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';
import type { Field } from '../../lib/rule/field.js';

export default defineRule<Resource>({
  id: 'pod-runs-as-root-uid',
  title: 'Containers are not explicitly set to run as root',
  assessment: 'automated',
  notes:
    'Fails when the effective runAsUser (container, else pod securityContext) is 0 and runAsNonRoot is not true. An image that would run as ' +
    'non-root on its own is forced to root this way; containers without runAsUser follow the image and are judged by pod-root-containers. ' +
    'With runAsNonRoot: true and runAsUser: 0 the kubelet refuses to start the container, so it cannot run as root and passes.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'restricted', mitreAttack: ['T1611'] },
  rationale: 'runAsUser: 0 overrides a non-root image user, so a container escape or a writable host mount gives the attacker root instead of an unprivileged account.',
  remediation: 'Remove runAsUser: 0 (or set a non-zero UID) and set runAsNonRoot: true; fix file ownership in the image if the process needs write access.',

  evaluate(workload) {
    const root: { name: string; at: Field }[] = [];
    for (const c of containersOf(workload)) {
      const uid = c.effective('runAsUser');
      if (uid.value === 0 && c.effective('runAsNonRoot').value !== true) root.push({ name: c.name, at: uid });
    }
    if (root.length === 0) return pass(workload.loc, 'no container is set to UID 0 without runAsNonRoot');
    return fail(root[0].at, `runAsUser is 0 without runAsNonRoot for container${root.length > 1 ? 's' : ''} ${root.map((r) => `"${r.name}"`).join(', ')}`);
  },
});
