// A NetworkPolicy engine must run in the cluster (VPC CNI network policy agent, Calico, Cilium).
import { managedSettingRule, networkPolicyFinding } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-network-policy-enabled',
  title: 'EKS enforces NetworkPolicy',
  provider: 'eks',
  assessment: 'manual',
  notes: 'Decided from the CNI DaemonSets when the dump has them: the aws-node network policy agent with --enable-network-policy=true, Calico or Cilium pass; the VPC CNI alone fails. Whether each namespace has fitting policies is judged by the namespace network policy control.',
  severity: 'high',
  rationale: 'Without an engine, NetworkPolicy objects are ignored and every pod can reach every other pod and the node network.',
  remediation: 'Set enableNetworkPolicy to "true" in the vpc-cni add-on configuration (or install Calico or Cilium policy enforcement) and write default-deny policies for each namespace.',
  guidance: 'check that the vpc-cni add-on has enableNetworkPolicy set to "true", or that Calico or Cilium enforces NetworkPolicy: run "aws eks describe-addon --cluster-name {cluster} --addon-name vpc-cni --region {region} --query addon.configurationValues"',
  evidence: (ctx) => networkPolicyFinding(ctx),
});
