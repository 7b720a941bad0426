// Users should sign in with Microsoft Entra ID, with the cluster's local accounts disabled.
import { AKS_SHOW, entraSubjectEvidence, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-entra-id-integration',
  title: 'AKS users authenticate with Microsoft Entra ID',
  provider: 'aks',
  assessment: 'manual',
  notes: 'RBAC subjects named by Entra object IDs show that Entra integration is in use; whether local accounts are disabled is an Azure setting.',
  severity: 'high',
  rationale: 'Entra sign-in ties cluster access to identities with MFA, conditional access and central offboarding; the local admin certificate bypasses all of that.',
  remediation: 'Enable AKS-managed Microsoft Entra integration with an admin group, bind users and groups through RBAC, and disable local accounts (az aks update --enable-aad --disable-local-accounts).',
  guidance: `check that AKS-managed Microsoft Entra integration is on and local accounts are disabled: run "${AKS_SHOW} --query aadProfile" and "${AKS_SHOW} --query disableLocalAccounts"`,
  evidence(ctx) {
    const e = entraSubjectEvidence(ctx);
    return e ? { seen: [e] } : { seen: [], none: 'no RBAC binding in the input names a Microsoft Entra object ID' };
  },
});
