// kubelet-kube-api-qps: provider node bundles (EKS, AKS, GKE) and nodes known only through the API.
import rule from '../../../rules/kubelet/kubelet-kube-api-qps.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const EKS = 'ip-10-0-12-34.eu-west-1.compute.internal';
const AKS = 'aks-nodepool1-12345678-vmss000000';
const GKE = 'gke-prod-default-pool-1a2b3c4d-xyz1';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-eks-default-v1.31', want: [{ node: EKS, status: 'pass', at: 'files/etc/kubernetes/kubelet/kubelet-config.json:1:1', has: 'kubeAPIQPS is 50 (from the v1.31 kubelet default for config files' }] },
  { fixture: 'pass-default-v1.26', want: [{ node: AKS, status: 'pass', at: 'processes/kubelet.cmdline:1:1', has: 'at or above the default of 5' }] },
  { fixture: 'pass-config-0', want: [{ node: EKS, status: 'pass', at: 'files/etc/kubernetes/kubelet/kubelet-config.json:61:19', has: 'as the benchmark allows' }] },
  { fixture: 'pass-configz-50', want: [{ node: GKE, status: 'pass', at: 'cluster/nodes/gke-prod-default-pool-1a2b3c4d-xyz1/configz.json:23:19' }] },
  { fixture: 'fail-config-10-below-default', want: [{ node: EKS, status: 'fail', at: 'files/etc/kubernetes/kubelet/kubelet-config.json:61:19', has: 'below the default of 50' }] },
  { fixture: 'fail-aks-flag-5', want: [{ node: AKS, status: 'fail', at: 'processes/kubelet.cmdline:1:1819', has: 'kubeAPIQPS is 5 (from the --kube-api-qps flag)' }] },
]);
