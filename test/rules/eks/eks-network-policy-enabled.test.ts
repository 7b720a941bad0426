// eks-network-policy-enabled: decided from the aws-node DaemonSet (network policy agent) and other CNIs.
import rule from '../../../rules/eks/eks-network-policy-enabled.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'eks', [
  { fixture: 'pass-vpc-cni-policy-agent.yaml', status: 'pass', says: ['AWS VPC CNI enforces NetworkPolicy (--enable-network-policy=true)', '1 NetworkPolicy object in the input'] },
  { fixture: 'fail-vpc-cni-without-agent.yaml', status: 'fail', at: '13:18', says: ['no network policy agent container', 'NetworkPolicy objects have no effect'] },
  { fixture: 'manual-no-cni-in-input.yaml', status: 'manual', says: ['enableNetworkPolicy', 'no CNI DaemonSet or Deployment is in the input'] },
]);
