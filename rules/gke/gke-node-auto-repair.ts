// Node auto-repair is enabled for every node pool: a cluster setting only the GKE API shows.
import { GKE_NODE_POOLS, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-node-auto-repair',
  title: 'Node auto-repair is enabled for every node pool',
  provider: 'gke',
  assessment: 'automated',
  severity: 'medium',
  rationale: 'Auto-repair replaces nodes that fail health checks, so broken or tampered nodes do not linger.',
  remediation: 'Enable auto-repair on every node pool (gcloud container node-pools update --enable-autorepair).',
  guidance: `check that every node pool has auto-repair on: run "${GKE_NODE_POOLS} --format=value(name,management.autoRepair)"`,
});
