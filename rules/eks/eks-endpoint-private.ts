// The EKS API endpoint should be private, with public access disabled.
import { EKS_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-endpoint-private',
  title: 'EKS API endpoint is private and public access is disabled',
  provider: 'eks',
  assessment: 'manual',
  severity: 'high',
  rationale: 'An API server reachable only from the VPC cannot be attacked from the internet at all.',
  remediation: 'Enable private endpoint access and disable public endpoint access (aws eks update-cluster-config --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false), with a VPN or bastion for administrators.',
  guidance: `check that endpointPrivateAccess is true and endpointPublicAccess is false: EKS console, cluster "{cluster}", Networking tab, or run "${EKS_DESCRIBE} --query cluster.resourcesVpcConfig"`,
});
