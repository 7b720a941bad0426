// gke-node-image-cos: decided from the OS label and node image of the GKE nodes.
import rule from '../../../rules/gke/gke-node-image-cos.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'pass-cos-containerd.yaml', status: 'pass', says: ['all 2 Linux GKE nodes run Container-Optimized OS with containerd'] },
  { fixture: 'fail-ubuntu-pool.yaml', status: 'fail', at: '33:45', says: ['1 of 2 Linux GKE nodes does not run COS with containerd: "gke-prod-ubuntu-pool-1a2b3c4d-xyz2" (cloud.google.com/gke-os-distribution: "ubuntu")'] },
  { fixture: 'manual-no-os-evidence.yaml', status: 'manual', at: '5:3', says: ['1 GKE node without an OS label or node image'] },
  { fixture: 'not-applicable-windows-only.yaml', status: 'not-applicable', says: ['the GKE node runs Windows'] },
  { fixture: 'manual-no-gke-nodes.yaml', status: 'manual', says: ['config.imageType', 'no GKE Node objects are in the input'] },
]);
