// gke-private-nodes: decided from GKE's private-node label and the nodes' addresses.
import rule from '../../../rules/gke/gke-private-nodes.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'pass-private-nodes.yaml', status: 'pass', says: ['none of the 2 Google GKE nodes has a public address'] },
  { fixture: 'fail-public-node-pool.yaml', status: 'fail', at: '38:38', says: ['node "gke-prod-public-pool-1a2b3c4d-xyz2" has cloud.google.com/private-node: "false"'] },
  { fixture: 'fail-external-ip.yaml', status: 'fail', at: '22:16', says: ['has an ExternalIP address'] },
  { fixture: 'manual-no-nodes.yaml', status: 'manual', says: ['enablePrivateNodes', 'no Google GKE Node objects are in the input'] },
]);
