// Node pools do not use the Compute Engine default service account: a cluster setting only the GKE API shows.
import { GKE_NODE_POOLS, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-node-service-account-not-default',
  title: 'Node pools do not use the Compute Engine default service account',
  provider: 'gke',
  assessment: 'automated',
  notes: 'No Kubernetes object names the node service account (it lives in the node pool and instance metadata), so this stays manual.',
  severity: 'high',
  rationale: 'The Compute Engine default service account has the project-wide Editor role unless changed, so every pod that reaches node credentials can change the project.',
  remediation: 'Create a dedicated service account with only the logging, monitoring and registry read roles and use it for every node pool (--service-account when creating the pool).',
  guidance: `check that no node pool runs as the Compute Engine default service account (PROJECT_NUMBER-compute@developer.gserviceaccount.com): run "${GKE_NODE_POOLS} --format=value(name,config.serviceAccount)"`,
});
