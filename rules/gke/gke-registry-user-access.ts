// Only the people and pipelines that publish images should be able to change the repositories the cluster uses.
import { GOOGLE_REGISTRY, managedSettingRule, registryEvidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-registry-user-access',
  title: 'User access to container image repositories is limited',
  provider: 'gke',
  assessment: 'manual',
  severity: 'medium',
  rationale: 'Whoever can push or delete images in a repository the cluster pulls from can run code in the cluster.',
  remediation: 'Grant roles/artifactregistry.writer only to the build pipeline\'s service account, give people reader access at most, and avoid project-wide storage.admin grants on Container Registry buckets.',
  guidance: 'check IAM on the repositories in use: only the build pipeline holds writer or admin roles; run "gcloud artifacts repositories get-iam-policy <repository> --location <location> --project {project}"',
  evidence(ctx) {
    const g = registryEvidence(ctx, (r) => GOOGLE_REGISTRY.test(r), 'Google registries');
    return g ? { seen: [g] } : { seen: [], none: 'no container image in the input comes from Artifact Registry or Container Registry' };
  },
});
