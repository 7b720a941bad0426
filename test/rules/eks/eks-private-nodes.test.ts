// eks-private-nodes: decided from the EKS Node objects' addresses.
import rule from '../../../rules/eks/eks-private-nodes.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'eks', [
  { fixture: 'pass-private-subnets.yaml', status: 'pass', says: ['none of the 2 Amazon EKS nodes has a public address'] },
  { fixture: 'fail-public-ip-node.yaml', status: 'fail', at: '44:16', says: ['node "ip-10-0-2-34.eu-west-1.compute.internal" has an ExternalIP address'] },
  { fixture: 'manual-no-nodes.yaml', status: 'manual', says: ['no Amazon EKS Node objects are in the input'] },
  { fixture: 'manual-node-without-addresses.yaml', status: 'manual', at: '5:3', says: ['1 of 1 Node object without status addresses', '--region eu-west-1'] },
]);
