// file-kubelet-client-ca-mode-600: provider node bundles (EKS, AKS, GKE) and nodes known only through the API.
import rule from '../../../rules/files/file-kubelet-client-ca-mode-600.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const EKS = 'ip-10-0-12-34.eu-west-1.compute.internal';
const AKS = 'aks-nodepool1-12345678-vmss000000';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-eks-ca-600', want: [{ node: EKS, status: 'pass', at: 'stats.tsv:3:1', has: 'named by authentication.x509.clientCAFile in "/etc/kubernetes/kubelet/kubelet-config.json"' }] },
  { fixture: 'fail-eks-ca-644', want: [{ node: EKS, status: 'fail', at: 'stats.tsv:3:1', has: 'mode 0644, more permissive than 0600' }] },
  { fixture: 'fail-aks-flag-ca-644', want: [{ node: AKS, status: 'fail', at: 'stats.tsv:4:1', has: '"/etc/kubernetes/certs/ca.crt" has mode 0644, more permissive than 0600 (the kubelet\'s client CA file, named by the --client-ca-file flag)' }] },
]);
