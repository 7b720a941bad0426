// kubelet-garbage-collection: provider node bundles (EKS, AKS, GKE) and nodes known only through the API.
import rule from '../../../rules/kubelet/kubelet-garbage-collection.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const EKS = 'ip-10-0-12-34.eu-west-1.compute.internal';
const AKS = 'aks-nodepool1-12345678-vmss000000';
const GKE = 'gke-prod-default-pool-1a2b3c4d-xyz1';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-aks-flags', want: [{ node: AKS, status: 'pass', at: 'processes/kubelet.cmdline:1:976', has: 'image GC at 85% down to 80% for images older than "2m0s", with 3 hard eviction thresholds (evictionHard from the --eviction-hard flag)' }] },
  { fixture: 'pass-gke-config-defaults', want: [{ node: GKE, status: 'pass', at: 'files/home/kubernetes/kubelet-config.yaml:1:1', has: 'with 4 hard eviction thresholds' }] },
  { fixture: 'pass-configz', want: [{ node: GKE, status: 'pass', at: 'cluster/nodes/gke-prod-default-pool-1a2b3c4d-xyz1/configz.json:20:36' }] },
  { fixture: 'fail-image-gc-disabled', want: [{ node: EKS, status: 'fail', at: 'files/etc/kubernetes/kubelet/kubelet-config.json:61:36', has: 'which turns image garbage collection off' }] },
  { fixture: 'fail-eviction-hard-empty', want: [{ node: EKS, status: 'fail', at: 'files/etc/kubernetes/kubelet/kubelet-config.json:48:5', has: 'evictionHard is empty' }] },
  { fixture: 'fail-configz-low-not-below-high', want: [{ node: 'worker-3', status: 'fail', at: 'cluster/nodes/worker-3/configz.json:21:35', has: 'not below the high threshold of 80' }] },
]);
