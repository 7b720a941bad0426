// gke-control-plane-authorized-networks: only the GKE API shows the setting, so the verdict is manual; the kubeconfig name (gke_PROJECT_LOCATION_NAME) fills in the command.
import rule from '../../../rules/gke/gke-control-plane-authorized-networks.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'manual-gke-cluster-bundle', status: 'manual', says: ['masterAuthorizedNetworksConfig', 'prod --location europe-west1 --project acme-prod', 'nothing in the input shows this setting'] },
  { fixture: 'manual-manifests-only.yaml', status: 'manual', says: ['<cluster> --location <location> --project <project>'], not: ['acme-prod'] },
]);
