import rule from '../../../rules/cluster/cluster-cni-network-policy-support.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'cluster');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-calico-node.yaml', want: [{ name: 'cluster', status: 'pass' }], message: 'Calico enforces NetworkPolicy (DaemonSet "kube-system/calico-node")' },
  { fixture: 'pass-aws-node-with-policy-agent.yaml', want: [{ name: 'cluster', status: 'pass' }] },
  { fixture: 'pass-flannel-with-canal.yaml', want: [{ name: 'cluster', status: 'pass' }], message: 'Calico enforces NetworkPolicy (DaemonSet "kube-system/canal"); also found flannel (DaemonSet "kube-flannel/kube-flannel-ds")' },
  { fixture: 'fail-flannel-only.yaml', want: [{ name: 'cluster', status: 'fail', line: 13, column: 18 }], message: 'flannel provides pod networking only and does not enforce NetworkPolicy (DaemonSet "kube-flannel/kube-flannel-ds"), and no NetworkPolicy engine is in the input' },
  { fixture: 'fail-aws-node-policy-disabled.yaml', want: [{ name: 'cluster', status: 'fail', line: 18, column: 15 }], message: 'AWS VPC CNI network policy agent runs with --enable-network-policy=false, so NetworkPolicy is not enforced (DaemonSet "kube-system/aws-node"), and no NetworkPolicy engine is in the input' },
  { fixture: 'fail-old-kindnet.yaml', want: [{ name: 'cluster', status: 'fail', line: 13, column: 18 }] },
  { fixture: 'fail-kube-router-firewall-off.yaml', want: [{ name: 'cluster', status: 'fail', line: 16, column: 15 }] },
  { fixture: 'manual-kindnet-undetermined.yaml', want: [{ name: 'cluster', status: 'manual', line: 13, column: 18 }] },
  { fixture: 'manual-no-cni-in-input.yaml', want: [{ name: 'cluster', status: 'manual' }], message: "no CNI DaemonSet or Deployment is in the input (usual for application manifests): check that the cluster's CNI enforces NetworkPolicy; the 1 NetworkPolicy object in the input takes effect only if it does" },
];

fixtureCases('cluster-cni-network-policy-support', rule, dir, cases);
