// Secure Boot is enabled on shielded nodes: a cluster setting only the GKE API shows.
import { GKE_NODE_POOLS, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-shielded-nodes-secure-boot',
  title: 'Secure Boot is enabled on shielded nodes',
  provider: 'gke',
  assessment: 'automated',
  severity: 'medium',
  rationale: 'Secure Boot refuses to load unsigned boot components and kernel modules, which blocks boot-level rootkits.',
  remediation: 'Create node pools with --shielded-secure-boot (it cannot be turned on for an existing pool) and move workloads to them.',
  guidance: `check that every node pool has Secure Boot on: run "${GKE_NODE_POOLS} --format=value(name,config.shieldedInstanceConfig.enableSecureBoot)"`,
});
