// gke-workload-identity: manual; IAM service account annotations, metadata server nodes and DaemonSet are evidence.
import rule from '../../../rules/gke/gke-workload-identity.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'manual-workload-identity.yaml', status: 'manual', at: '8:37', says: ['1 ServiceAccount annotated iam.gke.io/gcp-service-account ("shop/uploader")', '1 of 2 GKE nodes running the GKE metadata server', 'DaemonSet "kube-system/gke-metadata-server"', '--project acme-prod'] },
  { fixture: 'manual-no-workload-identity.yaml', status: 'manual', says: ['no ServiceAccount has an iam.gke.io/gcp-service-account annotation'] },
]);
