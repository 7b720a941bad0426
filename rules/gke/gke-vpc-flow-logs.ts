// VPC Flow Logs and intranode visibility are enabled: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-vpc-flow-logs',
  title: 'VPC Flow Logs and intranode visibility are enabled',
  provider: 'gke',
  assessment: 'automated',
  severity: 'low',
  rationale: 'Flow logs, including pod-to-pod traffic on the same node, are what network forensics and anomaly detection work from.',
  remediation: "Enable flow logs on the cluster's subnet and intranode visibility on the cluster (gcloud container clusters update --enable-intra-node-visibility).",
  guidance: `check that the cluster's subnet has flow logs on and the cluster has intranode visibility: run "${GKE_DESCRIBE} --format=value(networkConfig.enableIntraNodeVisibility,subnetwork)" and "gcloud compute networks subnets describe <subnet> --region <region> --project {project} --format=value(logConfig.enable)"`,
});
