// Node boot disks use a customer-managed encryption key: a cluster setting only the GKE API shows.
import { GKE_NODE_POOLS, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-cmek-boot-disks',
  title: 'Node boot disks use a customer-managed encryption key',
  provider: 'gke',
  assessment: 'automated',
  severity: 'medium',
  rationale: 'A key you manage puts access to node boot disks, including cached images and logs, under your control and audit.',
  remediation: 'Create node pools with --boot-disk-kms-key set to a Cloud KMS key and move workloads to them.',
  guidance: `check that every node pool sets a boot disk KMS key: run "${GKE_NODE_POOLS} --format=value(name,config.bootDiskKmsKey)"`,
});
