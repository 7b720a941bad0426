// Bindings should not let subjects create PersistentVolumes, which can point at the node's own disk.
import { defineRule } from '../../lib/rule/define.js';
import { BINDING_RULE_NOTES, judgeBinding } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-create-persistent-volumes',
  title: 'Creating PersistentVolumes is granted only where needed',
  assessment: 'manual',
  notes: `${BINDING_RULE_NOTES} PersistentVolumes are cluster-scoped, so only ClusterRoleBindings can grant this.`,
  severity: 'medium',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1611'] },
  rationale: 'A PersistentVolume can be a hostPath on a node, so whoever creates one can hand a pod access to the node\'s file system.',
  remediation: 'Remove create on persistentvolumes from roles other than storage administrators and provisioners; let workloads request storage through PersistentVolumeClaims and StorageClasses.',

  evaluate: (binding, ctx) =>
    judgeBinding(binding, ctx.index, {
      what: 'creating PersistentVolumes',
      permissions: [{ verbs: ['create'], group: '', resource: 'persistentvolumes', clusterScoped: true }],
    }),
});
