// AKS nodes should have no public IP addresses; the Node objects' addresses show it.
import { fillGuidance, managedSettingRule, privateNodesVerdict } from '../../lib/rule/managed.js';

const GUIDANCE = 'check that no node pool assigns public IP addresses to nodes: run "az aks nodepool list --resource-group {resourceGroup} --cluster-name {cluster} --query [].enableNodePublicIp"';

export default managedSettingRule({
  id: 'aks-private-nodes',
  title: 'AKS nodes have no public IP addresses',
  provider: 'aks',
  assessment: 'manual',
  notes: 'Decided from the AKS Node objects: a node with an ExternalIP address fails; when every node reports its addresses and none is external, the control passes. Without Node objects it is manual.',
  severity: 'high',
  rationale: 'Nodes with public addresses expose the kubelet, node ports and host services to the internet.',
  remediation: 'Create node pools without --enable-node-public-ip and send outbound traffic through a load balancer or NAT gateway.',
  guidance: GUIDANCE,
  evidence(_ctx, p) {
    return { verdict: privateNodesVerdict(p, fillGuidance(GUIDANCE, p)) };
  },
});
