// The GKE control plane endpoint is private and public access is disabled: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-endpoint-private',
  title: 'The GKE control plane endpoint is private and public access is disabled',
  provider: 'gke',
  assessment: 'automated',
  severity: 'high',
  rationale: 'A control plane reachable only from the VPC cannot be attacked from the internet at all.',
  remediation: 'Create the cluster with a private endpoint (--enable-private-endpoint) or disable the public endpoint, and reach it through a VPN, bastion or Connect gateway.',
  guidance: `check that the private endpoint is enabled and the public endpoint disabled: run "${GKE_DESCRIBE} --format=value(privateClusterConfig.enablePrivateEndpoint,controlPlaneEndpointsConfig.ipEndpointsConfig.enablePublicEndpoint)"`,
});
