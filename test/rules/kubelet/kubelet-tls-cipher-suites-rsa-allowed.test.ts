// kubelet-tls-cipher-suites-rsa-allowed: provider node bundles (EKS, AKS, GKE) and nodes known only through the API.
import rule from '../../../rules/kubelet/kubelet-tls-cipher-suites-rsa-allowed.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const EKS = 'ip-10-0-12-34.eu-west-1.compute.internal';
const AKS = 'aks-nodepool1-12345678-vmss000000';
const GKE = 'gke-prod-default-pool-1a2b3c4d-xyz1';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-eks-ami-list', want: [{ node: EKS, status: 'pass', at: 'files/etc/kubernetes/kubelet/kubelet-config.json:35:5', has: 'all 8 cipher suites are strong' }] },
  { fixture: 'pass-aks-flag-list', want: [{ node: AKS, status: 'pass', at: 'processes/kubelet.cmdline:1:1516', has: 'all 6 cipher suites are strong (from the --tls-cipher-suites flag)' }] },
  { fixture: 'pass-configz-tls13', want: [{ node: AKS, status: 'pass', at: 'cluster/nodes/aks-nodepool1-12345678-vmss000000/configz.json:3:22', has: 'only TLS 1.3 suites are offered' }] },
  { fixture: 'fail-gke-not-set', want: [{ node: GKE, status: 'fail', at: 'files/home/kubernetes/kubelet-config.yaml:1:1', has: 'Go\'s default list (with CBC suites)' }] },
  { fixture: 'fail-eks-cbc-suite-added', want: [{ node: EKS, status: 'fail', at: 'files/etc/kubernetes/kubelet/kubelet-config.json:35:5', has: 'weak cipher suites offered: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"' }] },
]);
