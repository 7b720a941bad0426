// Kubernetes authorization should use Azure RBAC; the authorization webhook runs outside the cluster.
import { AKS_SHOW, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-azure-rbac',
  title: 'Azure RBAC authorizes access to the AKS cluster',
  provider: 'aks',
  assessment: 'manual',
  severity: 'medium',
  rationale: 'Azure RBAC puts cluster permissions under the same role assignments, reviews and logs as the rest of the Azure estate.',
  remediation: 'Enable Azure RBAC for Kubernetes authorization (az aks update --enable-azure-rbac) and grant access with the Azure Kubernetes Service RBAC roles at the narrowest scope.',
  guidance: `check that Azure RBAC for Kubernetes authorization is enabled: run "${AKS_SHOW} --query aadProfile.enableAzureRbac"`,
});
