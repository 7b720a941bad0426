// The cluster's kubelet identity should only be able to pull from the registries.
import { ACR_REGISTRY, AKS_SHOW, managedSettingRule, registryEvidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-acr-cluster-read-only',
  title: 'The cluster has read-only access to Azure Container Registry',
  provider: 'aks',
  assessment: 'manual',
  severity: 'medium',
  rationale: 'A kubelet identity that can push lets anyone who compromises a node replace the images every other node pulls.',
  remediation: 'Give the kubelet identity only the AcrPull role on the registries it needs (az aks update --attach-acr does this) and remove any broader role.',
  guidance: `check that the kubelet identity holds only AcrPull on the registries: run "${AKS_SHOW} --query identityProfile.kubeletidentity.objectId" and "az role assignment list --assignee <object id> --all"`,
  evidence(ctx) {
    const acr = registryEvidence(ctx, (r) => ACR_REGISTRY.test(r), 'Azure Container Registry');
    return acr ? { seen: [acr] } : { seen: [], none: 'no container image in the input comes from Azure Container Registry' };
  },
});
