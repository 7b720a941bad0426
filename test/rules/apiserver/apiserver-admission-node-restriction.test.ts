// apiserver-admission-node-restriction: NodeRestriction is off by default and must be enabled.
import rule from '../../../rules/apiserver/apiserver-admission-node-restriction.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: enabled (kubeadm)', node: api(['--enable-admission-plugins=NodeRestriction']), want: { status: 'pass' } },
  { name: 'fail: absent (off by default)', node: api([]), want: { status: 'fail', ...CMD } },
  { name: 'fail: the last --enable-admission-plugins drops it', node: api(['--enable-admission-plugins=NodeRestriction', '--enable-admission-plugins=PodNodeSelector']), want: { status: 'fail', line: argLine(1), column: C } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-off-by-default', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"NodeRestriction" is not in "--enable-admission-plugins" and is off by default' }] },
  { fixture: 'pass-enabled', want: [{ node: 'cp-1', status: 'pass', has: '"NodeRestriction" is in "--enable-admission-plugins"' }] },
]);
