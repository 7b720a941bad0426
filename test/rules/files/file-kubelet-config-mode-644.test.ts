// file-kubelet-config-mode-644: provider node bundles (EKS, AKS, GKE) and nodes known only through the API.
import rule from '../../../rules/files/file-kubelet-config-mode-644.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const EKS = 'ip-10-0-12-34.eu-west-1.compute.internal';
const AKS = 'aks-nodepool1-12345678-vmss000000';
const GKE = 'gke-prod-default-pool-1a2b3c4d-xyz1';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-eks-kubelet-config-json', want: [{ node: EKS, status: 'pass', at: 'stats.tsv:2:1', has: '"/etc/kubernetes/kubelet/kubelet-config.json" has mode 0644' }] },
  { fixture: 'pass-gke-home-kubernetes-600', want: [{ node: GKE, status: 'pass', at: 'stats.tsv:5:1', has: '"/home/kubernetes/kubelet-config.yaml" has mode 0600' }] },
  { fixture: 'fail-gke-666', want: [{ node: GKE, status: 'fail', at: 'stats.tsv:5:1', has: 'mode 0666, more permissive than 0644' }] },
  { fixture: 'not-applicable-aks-flags-only', want: [{ node: AKS, status: 'not-applicable', has: 'without a config file' }] },
  { fixture: 'manual-api-only-aks', want: [{ node: AKS, status: 'manual', has: 'known only through the API' }] },
]);
