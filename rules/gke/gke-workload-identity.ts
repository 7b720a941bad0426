// Workloads that call Google Cloud should use Workload Identity with dedicated IAM service accounts.
import { annotatedServiceAccounts, GKE_DESCRIBE, managedSettingRule, nodeLabelSplit, nodeNames, objectEvidence, objectsNamed, plural, type Evidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-workload-identity',
  title: 'Workloads use Workload Identity with dedicated service accounts',
  provider: 'gke',
  assessment: 'manual',
  notes: 'ServiceAccounts annotated with an IAM service account, nodes running the GKE metadata server and its DaemonSet are listed; which workloads call Google Cloud cannot be seen.',
  severity: 'medium',
  rationale: 'Pods that use the node service account all share its permissions, so one compromised pod gets every workload\'s Google Cloud access.',
  remediation: 'Enable Workload Identity Federation for GKE on the cluster and node pools, and bind each workload\'s Kubernetes ServiceAccount to its own IAM principal with only the roles it needs.',
  guidance: `check that Workload Identity is enabled and that workloads use their own IAM service accounts: run "${GKE_DESCRIBE} --format=value(workloadIdentityConfig.workloadPool)"`,
  evidence(ctx, p) {
    const seen: Evidence[] = [];
    const sa = annotatedServiceAccounts(ctx, 'iam.gke.io/gcp-service-account');
    if (sa) seen.push(sa);
    const { with: on } = nodeLabelSplit(p.nodes, 'iam.gke.io/gke-metadata-server-enabled', (v) => v === 'true');
    if (on.length) seen.push({ text: `${on.length} of ${plural(p.nodes.length, 'GKE node')} running the GKE metadata server (${nodeNames(on)})`, at: on[0].loc });
    seen.push(...objectEvidence(objectsNamed(ctx, 'DaemonSet', /^gke-metadata-server$/, 'kube-system')));
    return { seen, none: 'no ServiceAccount has an iam.gke.io/gcp-service-account annotation and no node runs the GKE metadata server' };
  },
});
