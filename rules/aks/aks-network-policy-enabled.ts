// A NetworkPolicy engine must run in the cluster (Azure Network Policy Manager, Calico, Cilium).
import { AKS_SHOW, managedSettingRule, networkPolicyFinding } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-network-policy-enabled',
  title: 'AKS enforces NetworkPolicy',
  provider: 'aks',
  assessment: 'manual',
  notes: 'Decided from the CNI DaemonSets when the dump has them: Azure Network Policy Manager, Calico or Cilium pass; Azure CNI alone fails. Whether each namespace has fitting policies is judged by the namespace network policy control.',
  severity: 'high',
  rationale: 'Without an engine, NetworkPolicy objects are ignored and every pod can reach every other pod.',
  remediation: 'Choose a network policy engine for the cluster (az aks update --network-policy cilium, calico or azure) and write default-deny policies for each namespace.',
  guidance: `check that the cluster has a network policy engine: run "${AKS_SHOW} --query networkProfile.networkPolicy"`,
  evidence: (ctx) => networkPolicyFinding(ctx),
});
