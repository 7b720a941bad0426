// Every container must have a security context in effect that restricts it in at least one way.
import { defineRule, pass, fail } from '../../lib/rule/define.js';
import type { Field } from '../../lib/rule/field.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf, type ContainerView } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

const ENFORCING_PROFILE = new Set(['RuntimeDefault', 'Localhost']);
const ADMIN_USERS = new Set(['containeradministrator', 'nt authority\\system']);

/** The restricting settings a container has in effect (own securityContext, else the pod's where both levels exist). */
function restrictions(c: ContainerView): string[] {
  const out: string[] = [];
  if (c.effective('runAsNonRoot').value === true) out.push('runAsNonRoot');
  const user = c.effective('runAsUser').value;
  if (typeof user === 'number' && user > 0) out.push('runAsUser');
  if (c.sc('allowPrivilegeEscalation').value === false) out.push('allowPrivilegeEscalation: false');
  const drop = c.sc('capabilities', 'drop').value;
  if (Array.isArray(drop) && drop.length > 0) out.push('capabilities.drop');
  if (c.sc('readOnlyRootFilesystem').value === true) out.push('readOnlyRootFilesystem');
  if (ENFORCING_PROFILE.has(String(c.effective('seccompProfile', 'type').value))) out.push('seccompProfile');
  if (ENFORCING_PROFILE.has(String(c.effective('appArmorProfile', 'type').value))) out.push('appArmorProfile');
  const selinux = c.effective('seLinuxOptions').value;
  if (selinux && typeof selinux === 'object' && Object.keys(selinux).length > 0) out.push('seLinuxOptions');
  const winUser = c.effective('windowsOptions', 'runAsUserName').value;
  if (typeof winUser === 'string' && winUser !== '' && !ADMIN_USERS.has(winUser.toLowerCase())) out.push('windowsOptions.runAsUserName');
  return out;
}

function isEmpty(f: Field): boolean {
  return !f.exists || (typeof f.value === 'object' && Object.keys(f.value as object).length === 0);
}

function detail(containerEmpty: boolean, podEmpty: boolean): string {
  if (containerEmpty && podEmpty) return 'no securityContext at container or pod level';
  if (containerEmpty) return 'no container securityContext and the pod-level one restricts nothing';
  return podEmpty ? 'its securityContext restricts nothing and the pod sets none' : 'neither its nor the pod securityContext restricts anything';
}

export default defineRule<Resource>({
  id: 'pod-security-context',
  title: 'Pods and containers apply a restricting security context',
  assessment: 'manual',
  notes:
    'A container passes when at least one restricting setting is in effect for it: runAsNonRoot: true, a non-zero ' +
    'runAsUser, allowPrivilegeEscalation: false, a non-empty capabilities.drop, readOnlyRootFilesystem: true, a ' +
    'RuntimeDefault/Localhost seccomp or AppArmor profile, seLinuxOptions, or a non-administrator Windows user. ' +
    'Settings that only restate defaults (privileged: false) or grant more (capabilities.add) do not count. Whether ' +
    'each individual setting is right is judged by the 5.2 controls and 5.6.2.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'restricted' },
  rationale: 'A container with no security context runs with every runtime default: possibly as root, with privilege escalation allowed, the default capability set and a writable root filesystem.',
  remediation: 'Give the pod a securityContext (runAsNonRoot: true, runAsUser, seccompProfile RuntimeDefault) and each container one with allowPrivilegeEscalation: false, capabilities.drop: [ALL] and readOnlyRootFilesystem: true.',

  evaluate(workload) {
    const failing = containersOf(workload).filter((c) => restrictions(c).length === 0);
    if (failing.length === 0) return pass(workload.loc, 'every container has at least one restricting securityContext setting in effect');
    const podEmpty = isEmpty(failing[0].pod.get('securityContext'));
    const parts = failing.map((c) => `"${c.name}" (${detail(isEmpty(c.sc()), podEmpty)})`);
    const first = failing[0];
    return fail(isEmpty(first.sc()) ? first.field : first.sc(), `${failing.length === 1 ? 'container' : 'containers'} with no restricting security context: ${parts.join(', ')}`);
  },
});
