// AKS must send its API server audit logs somewhere through a diagnostic setting; only Azure shows it.
import { AKS_SHOW, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-control-plane-audit-logs',
  title: 'AKS control plane audit logs are collected',
  provider: 'aks',
  assessment: 'manual',
  severity: 'high',
  rationale: 'AKS discards API server audit events unless a diagnostic setting sends them to a workspace, storage account or event hub.',
  remediation: 'Add a diagnostic setting on the cluster that sends the kube-audit (or kube-audit-admin) category to a Log Analytics workspace or storage account with a retention period.',
  guidance: `check that a diagnostic setting sends the "kube-audit" or "kube-audit-admin" category to a Log Analytics workspace, storage account or event hub: Azure portal, cluster "{cluster}", Monitoring, Diagnostic settings, or run "az monitor diagnostic-settings list --resource <id from ${AKS_SHOW} --query id>"`,
});
