// The node service account should only be able to read from the image repositories.
import { GKE_NODE_POOLS, GOOGLE_REGISTRY, managedSettingRule, registryEvidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-registry-cluster-read-only',
  title: 'The cluster has read-only access to container image repositories',
  provider: 'gke',
  assessment: 'manual',
  severity: 'medium',
  rationale: 'A node service account that can push lets anyone who compromises a node replace the images every other node pulls.',
  remediation: 'Give the node service account only roles/artifactregistry.reader on the repositories it pulls from and remove writer or storage admin roles.',
  guidance: `check that the node service account holds only reader roles on the repositories: run "${GKE_NODE_POOLS} --format=value(config.serviceAccount)" and "gcloud artifacts repositories get-iam-policy <repository> --location <location>"`,
  evidence(ctx) {
    const g = registryEvidence(ctx, (r) => GOOGLE_REGISTRY.test(r), 'Google registries');
    return g ? { seen: [g] } : { seen: [], none: 'no container image in the input comes from Artifact Registry or Container Registry' };
  },
});
