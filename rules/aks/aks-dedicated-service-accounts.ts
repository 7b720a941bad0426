// Workloads that call Azure should use their own identity (Microsoft Entra Workload ID), not the node's.
import { AKS_SHOW, annotatedServiceAccounts, managedSettingRule, objectEvidence, objectsNamed, type Evidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-dedicated-service-accounts',
  title: 'Workloads use dedicated Azure identities, not the node identity',
  provider: 'aks',
  assessment: 'manual',
  notes: 'ServiceAccounts annotated for Microsoft Entra Workload ID, its webhook, and the deprecated AAD Pod Identity are listed; which workloads call Azure cannot be seen.',
  severity: 'medium',
  rationale: 'Pods that use the node\'s managed identity all share its Azure permissions, so one compromised pod gets every workload\'s access.',
  remediation: 'Enable the OIDC issuer and workload identity, give each workload that calls Azure its own user-assigned managed identity with a federated credential, and migrate off AAD Pod Identity.',
  guidance: `check that workload identity is enabled and that workloads calling Azure use their own managed identity: run "${AKS_SHOW} --query securityProfile.workloadIdentity"`,
  evidence(ctx) {
    const seen: Evidence[] = [];
    const wi = annotatedServiceAccounts(ctx, 'azure.workload.identity/client-id');
    if (wi) seen.push(wi);
    seen.push(...objectEvidence(objectsNamed(ctx, 'Deployment', /^azure-wi-webhook-controller-manager$/), ' (workload identity webhook)'));
    seen.push(...objectEvidence(objectsNamed(ctx, 'DaemonSet', /^nmi$|^aad-pod-identity-nmi$/), ' (AAD Pod Identity, deprecated)'));
    return { seen, none: 'no ServiceAccount has an azure.workload.identity/client-id annotation and no workload identity webhook is in the input' };
  },
});
