// Binary Authorization admits only trusted images: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-binary-authorization',
  title: 'Binary Authorization admits only trusted images',
  provider: 'gke',
  assessment: 'manual',
  severity: 'high',
  rationale: 'Without an enforced policy, anyone who can create a pod can run any image, signed or not.',
  remediation: 'Enable Binary Authorization on the cluster (evaluation mode PROJECT_SINGLETON_POLICY_ENFORCE) with a policy that requires attestations from your build pipeline.',
  guidance: `check that Binary Authorization enforces a project policy that requires attestations: run "${GKE_DESCRIBE} --format=value(binaryAuthorization.evaluationMode)" and "gcloud container binauthz policy export --project {project}"`,
});
