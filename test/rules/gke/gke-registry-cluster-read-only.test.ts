// gke-registry-cluster-read-only: manual; the Artifact Registry and Container Registry images in use are evidence.
import rule from '../../../rules/gke/gke-registry-cluster-read-only.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'manual-artifact-registry-images.yaml', status: 'manual', at: '12:18', says: ['2 container images from Google registries "europe-west1-docker.pkg.dev" (1) and "gcr.io" (1)'], not: ['docker.io'] },
  { fixture: 'manual-no-google-images.yaml', status: 'manual', says: ['no container image in the input comes from Artifact Registry or Container Registry'] },
]);
