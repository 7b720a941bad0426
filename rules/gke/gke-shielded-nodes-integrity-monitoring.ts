// Integrity monitoring is enabled on shielded nodes: a cluster setting only the GKE API shows.
import { GKE_NODE_POOLS, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-shielded-nodes-integrity-monitoring',
  title: 'Integrity monitoring is enabled on shielded nodes',
  provider: 'gke',
  assessment: 'automated',
  severity: 'medium',
  rationale: 'Integrity monitoring compares each boot with a known-good baseline and reports tampering with the boot chain.',
  remediation: 'Create node pools with --shielded-integrity-monitoring (it cannot be turned on for an existing pool) and move workloads to them.',
  guidance: `check that every node pool has integrity monitoring on: run "${GKE_NODE_POOLS} --format=value(name,config.shieldedInstanceConfig.enableIntegrityMonitoring)"`,
});
