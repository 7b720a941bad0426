// Worker nodes should have no public IP addresses; the Node objects' addresses show it.
import { managedSettingRule, privateNodesVerdict, fillGuidance } from '../../lib/rule/managed.js';

const GUIDANCE = 'check that node groups run in private subnets that assign no public IP addresses: run "aws eks describe-nodegroup --cluster-name {cluster} --nodegroup-name <node group> --region {region}" and look at the subnets\' MapPublicIpOnLaunch';

export default managedSettingRule({
  id: 'eks-private-nodes',
  title: 'EKS nodes have no public IP addresses',
  provider: 'eks',
  assessment: 'manual',
  notes: 'Decided from the EKS Node objects: a node with an ExternalIP address fails; when every node reports its addresses and none is external, the control passes. Without Node objects it is manual.',
  severity: 'high',
  rationale: 'Nodes with public addresses expose the kubelet, node ports and host services to the internet.',
  remediation: 'Run node groups in private subnets that do not map public IP addresses on launch, and reach the internet through a NAT gateway.',
  guidance: GUIDANCE,
  evidence(_ctx, p) {
    return { verdict: privateNodesVerdict(p, fillGuidance(GUIDANCE, p)) };
  },
});
