import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/cluster/cluster-cni-network-policy-support.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'cluster');
const cases = [
  { fixture: 'pass-calico-node.yaml', want: [{ name: 'cluster', status: 'pass' }] },
  { fixture: 'pass-aws-node-with-policy-agent.yaml', want: [{ name: 'cluster', status: 'pass' }] },
  { fixture: 'pass-flannel-with-canal.yaml', want: [{ name: 'cluster', status: 'pass' }] },
  { fixture: 'fail-flannel-only.yaml', want: [{ name: 'cluster', status: 'fail', line: 13, column: 18 }] },
  { fixture: 'fail-aws-node-policy-disabled.yaml', want: [{ name: 'cluster', status: 'fail', line: 18, column: 15 }] },
  { fixture: 'fail-old-kindnet.yaml', want: [{ name: 'cluster', status: 'fail', line: 13, column: 18 }] },
  { fixture: 'fail-kube-router-firewall-off.yaml', want: [{ name: 'cluster', status: 'fail', line: 16, column: 15 }] },
  { fixture: 'manual-kindnet-undetermined.yaml', want: [{ name: 'cluster', status: 'manual', line: 13, column: 18 }] },
  { fixture: 'manual-no-cni-in-input.yaml', want: [{ name: 'cluster', status: 'manual' }] },
];

const messages = [
  { fixture: 'pass-calico-node.yaml', want: 'Calico enforces NetworkPolicy (DaemonSet "kube-system/calico-node")' },
  {
    fixture: 'pass-flannel-with-canal.yaml',
    want: 'Calico enforces NetworkPolicy (DaemonSet "kube-system/canal"); also found flannel (DaemonSet "kube-flannel/kube-flannel-ds")',
  },
  {
    fixture: 'fail-flannel-only.yaml',
    want: 'flannel provides pod networking only and does not enforce NetworkPolicy (DaemonSet "kube-flannel/kube-flannel-ds"), and no NetworkPolicy engine is in the input',
  },
  {
    fixture: 'fail-aws-node-policy-disabled.yaml',
    want: 'AWS VPC CNI network policy agent runs with --enable-network-policy=false, so NetworkPolicy is not enforced (DaemonSet "kube-system/aws-node"), and no NetworkPolicy engine is in the input',
  },
  {
    fixture: 'manual-no-cni-in-input.yaml',
    want: "no CNI DaemonSet or Deployment is in the input (usual for application manifests): check that the cluster's CNI enforces NetworkPolicy; the 1 NetworkPolicy object in the input takes effect only if it does",
  },
];

const test = suite('cluster-cni-network-policy-support');
for (const { fixture, want } of cases) {
  test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
}
for (const { fixture, want } of messages) {
  test(`message: ${fixture}`, async () => {
    const [first] = await evaluateFixture(rule, path.join(dir, fixture));
    assert.is(first.verdict.message, want);
  });
}
test.run();
