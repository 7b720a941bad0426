// The EKS API endpoint should be private or reachable only from known networks.
import { EKS_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-endpoint-access-restricted',
  title: 'Access to the EKS API endpoint is restricted',
  provider: 'eks',
  assessment: 'manual',
  severity: 'high',
  rationale: 'A public endpoint open to 0.0.0.0/0 exposes the API server to credential stuffing and to any vulnerability in it.',
  remediation: 'Disable public endpoint access, or limit publicAccessCidrs to the networks administrators and pipelines use.',
  guidance: `check that public endpoint access is off or publicAccessCidrs lists only known networks (not 0.0.0.0/0): EKS console, cluster "{cluster}", Networking tab, or run "${EKS_DESCRIBE} --query cluster.resourcesVpcConfig"`,
});
