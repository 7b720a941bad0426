// No RoleBinding or ClusterRoleBinding may grant anything to the user system:anonymous.
import { defineRule } from '../../lib/rule/define.js';
import { judgePublicSubjectBinding } from '../../lib/rule/public-subjects.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-anonymous-bindings',
  title: 'No bindings to system:anonymous',
  assessment: 'automated',
  notes: 'Judged per RoleBinding and ClusterRoleBinding: naming user (or group) "system:anonymous" fails. Kubernetes binds nothing to it by default; kubeadm\'s cluster-info discovery binding in kube-public is reported manual.',
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1078.001'] },
  rationale: 'Requests without credentials run as system:anonymous when anonymous authentication is on, so anything bound to it is open to anyone who can reach the API server.',
  remediation: 'Delete the binding or remove system:anonymous from its subjects, and bind the role to the authenticated users or service accounts that need it.',

  evaluate(target, ctx) {
    return judgePublicSubjectBinding(target, ctx, { name: 'system:anonymous', defaults: [], who: 'every request without credentials' });
  },
});
