// The AKS API server should be private, with no public endpoint.
import { AKS_SHOW, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-endpoint-private',
  title: 'AKS is a private cluster without public API access',
  provider: 'aks',
  assessment: 'manual',
  severity: 'high',
  rationale: 'An API server reachable only from the virtual network cannot be attacked from the internet at all.',
  remediation: 'Create the cluster as a private cluster (or enable API server VNet integration with public access off) and reach it through a VPN, bastion or private endpoint.',
  guidance: `check that enablePrivateCluster is true and that no public FQDN or authorized public ranges expose the API server: run "${AKS_SHOW} --query apiServerAccessProfile"`,
});
