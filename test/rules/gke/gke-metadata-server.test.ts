// gke-metadata-server: decided from the iam.gke.io/gke-metadata-server-enabled label GKE puts on nodes.
import rule from '../../../rules/gke/gke-metadata-server.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'pass-all-pools.yaml', status: 'pass', says: ['all 2 GKE nodes run the GKE metadata server'] },
  { fixture: 'fail-pool-without-metadata-server.yaml', status: 'fail', at: '32:5', says: ['2 of 3 GKE nodes lack iam.gke.io/gke-metadata-server-enabled: "true" (node pool "batch-pool")'] },
  { fixture: 'manual-no-gke-nodes.yaml', status: 'manual', says: ['workloadMetadataConfig.mode', 'no GKE Node objects are in the input'] },
]);
