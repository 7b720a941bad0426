// The cluster is VPC-native: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-vpc-native',
  title: 'The cluster is VPC-native',
  provider: 'gke',
  assessment: 'automated',
  severity: 'medium',
  rationale: 'VPC-native (alias IP) clusters give pods routable VPC addresses that firewall rules, anti-spoofing checks and flow logs understand.',
  remediation: 'Create VPC-native clusters (--enable-ip-alias, the default for new clusters); a routes-based cluster cannot be converted and must be recreated.',
  guidance: `check that the cluster uses alias IPs: run "${GKE_DESCRIBE} --format=value(ipAllocationPolicy.useIpAliases)"`,
});
