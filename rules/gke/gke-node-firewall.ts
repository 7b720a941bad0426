// Firewall rules limit traffic to GKE nodes: VPC firewall rules live in the Compute Engine API, not the cluster.
import { managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-node-firewall',
  title: 'Firewall rules limit traffic to GKE nodes',
  provider: 'gke',
  assessment: 'manual',
  severity: 'medium',
  rationale: 'Nodes accept whatever the VPC firewall lets through; broad rules expose node ports and host services.',
  remediation: 'Write VPC firewall rules that target the nodes by network tag or service account and allow only the ports and sources that need them.',
  guidance: "review the VPC firewall rules that apply to the nodes' network tags or service account: run \"gcloud compute firewall-rules list --project {project}\"",
});
