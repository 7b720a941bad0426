// GKE nodes should have no external IP addresses; the Node objects' addresses and GKE's private-node label show it.
import { fillGuidance, GKE_DESCRIBE, managedSettingRule, privateNodesVerdict } from '../../lib/rule/managed.js';

const GUIDANCE = `check that the cluster or its node pools use private nodes: run "${GKE_DESCRIBE} --format=value(privateClusterConfig.enablePrivateNodes,networkConfig.defaultEnablePrivateNodes)"`;

export default managedSettingRule({
  id: 'gke-private-nodes',
  title: 'GKE nodes have no external IP addresses',
  provider: 'gke',
  assessment: 'automated',
  notes: 'Decided from the GKE Node objects: a node with an ExternalIP address or cloud.google.com/private-node: "false" fails; when every node is labelled private or reports addresses without an external one, the control passes. Without Node objects it is manual.',
  severity: 'high',
  rationale: 'Nodes with external addresses expose the kubelet, node ports and host services to the internet.',
  remediation: 'Create private clusters or node pools (--enable-private-nodes) and give them outbound access through Cloud NAT.',
  guidance: GUIDANCE,
  evidence(_ctx, p) {
    return { verdict: privateNodesVerdict(p, fillGuidance(GUIDANCE, p), 'cloud.google.com/private-node') };
  },
});
