// Cluster-wide rules (one verdict for the whole input), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import clusterCniNetworkPolicySupport from './cluster-cni-network-policy-support.js';
import clusterExternalSecretStorage from './cluster-external-secret-storage.js';
import clusterImageProvenance from './cluster-image-provenance.js';
import clusterNamespaceBoundaries from './cluster-namespace-boundaries.js';

export const clusterRules: Readonly<Record<string, Rule>> = {
  'cluster-cni-network-policy-support': clusterCniNetworkPolicySupport,
  'cluster-external-secret-storage': clusterExternalSecretStorage,
  'cluster-image-provenance': clusterImageProvenance,
  'cluster-namespace-boundaries': clusterNamespaceBoundaries,
};
