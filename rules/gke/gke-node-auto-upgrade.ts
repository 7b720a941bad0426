// Node auto-upgrade is enabled for every node pool: a cluster setting only the GKE API shows.
import { GKE_NODE_POOLS, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-node-auto-upgrade',
  title: 'Node auto-upgrade is enabled for every node pool',
  provider: 'gke',
  assessment: 'automated',
  severity: 'medium',
  rationale: 'Auto-upgrade keeps node images and kubelets on patched versions without waiting for someone to act.',
  remediation: 'Enable auto-upgrade on every node pool (gcloud container node-pools update --enable-autoupgrade) with a maintenance window that suits you.',
  guidance: `check that every node pool has auto-upgrade on: run "${GKE_NODE_POOLS} --format=value(name,management.autoUpgrade)"`,
});
