// The CNI plugin should be a current release; the versions the cluster runs are listed for comparison.
import { AKS_SHOW, cniVersionEvidence, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-cni-latest-version',
  title: 'The AKS CNI plugin is a current version',
  provider: 'aks',
  assessment: 'manual',
  notes: 'The CNI DaemonSets and Deployments in the dump are listed with their image tags; what is current depends on the AKS release.',
  severity: 'medium',
  rationale: 'Old CNI releases carry known vulnerabilities and may lack NetworkPolicy features the cluster relies on.',
  remediation: 'Keep the cluster and node images on a supported AKS version (auto-upgrade channel or regular upgrades), which brings the matching CNI release.',
  guidance: `check the CNI components against the current AKS release notes and upgrade if they lag: run "${AKS_SHOW} --query networkProfile" and "az aks get-upgrades --resource-group {resourceGroup} --name {cluster}"`,
  evidence(ctx) {
    return { seen: cniVersionEvidence(ctx), none: 'no CNI DaemonSet or Deployment is in the input' };
  },
});
