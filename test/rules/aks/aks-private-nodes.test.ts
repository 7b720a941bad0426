// aks-private-nodes: decided from the AKS Node objects' addresses.
import rule from '../../../rules/aks/aks-private-nodes.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'aks', [
  { fixture: 'pass-no-public-ips.yaml', status: 'pass', says: ['none of the 2 Azure AKS nodes has a public address'] },
  { fixture: 'fail-node-public-ip.yaml', status: 'fail', at: '44:16', says: ['node "aks-nodepool1-12345678-vmss000001" has an ExternalIP address'] },
  { fixture: 'manual-no-nodes.yaml', status: 'manual', says: ['enableNodePublicIp', 'no Azure AKS Node objects are in the input'] },
]);
