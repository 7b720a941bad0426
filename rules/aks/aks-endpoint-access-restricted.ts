// The AKS API server should be private or limited to authorized IP ranges.
import { AKS_SHOW, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-endpoint-access-restricted',
  title: 'Access to the AKS API server is restricted',
  provider: 'aks',
  assessment: 'manual',
  severity: 'high',
  rationale: 'An API server open to the whole internet is exposed to credential attacks and to any vulnerability in it.',
  remediation: 'Make the cluster private, or set authorized IP ranges to the networks administrators and pipelines use (az aks update --api-server-authorized-ip-ranges).',
  guidance: `check that the cluster is private or that authorizedIpRanges lists only known networks: Azure portal, cluster "{cluster}", Networking, or run "${AKS_SHOW} --query apiServerAccessProfile"`,
});
