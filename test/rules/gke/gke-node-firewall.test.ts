// gke-node-firewall: only the GKE API shows the setting, so the verdict is manual; the kubeconfig name (gke_PROJECT_LOCATION_NAME) fills in the command.
import rule from '../../../rules/gke/gke-node-firewall.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'manual-gke-cluster-bundle', status: 'manual', says: ['gcloud compute firewall-rules list --project acme-prod', '--project acme-prod', 'nothing in the input shows this setting'] },
  { fixture: 'manual-manifests-only.yaml', status: 'manual', says: ['--project <project>'], not: ['acme-prod'] },
]);
