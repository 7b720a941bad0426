// file-kubelet-kubeconfig-mode-644: provider node bundles (EKS, AKS, GKE) and nodes known only through the API.
import rule from '../../../rules/files/file-kubelet-kubeconfig-mode-644.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const EKS = 'ip-10-0-12-34.eu-west-1.compute.internal';
const AKS = 'aks-nodepool1-12345678-vmss000000';
const GKE = 'gke-prod-default-pool-1a2b3c4d-xyz1';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-eks-644', want: [{ node: EKS, status: 'pass', at: 'stats.tsv:10:1', has: '"/var/lib/kubelet/kubeconfig" has mode 0644 (named by the kubelet\'s --kubeconfig)' }] },
  { fixture: 'pass-aks-600', want: [{ node: AKS, status: 'pass', at: 'stats.tsv:8:1', has: 'mode 0600' }] },
  { fixture: 'fail-gke-664', want: [{ node: GKE, status: 'fail', at: 'stats.tsv:7:1', has: 'mode 0664, more permissive than 0644' }] },
  { fixture: 'manual-api-only-gke', want: [{ node: GKE, status: 'manual', has: 'known only through the API' }] },
]);
