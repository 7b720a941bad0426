// controllermanager-bind-address: --bind-address defaults to 0.0.0.0 (kube-bench passes it; we do not).
import rule from '../../../rules/controllermanager/controllermanager-bind-address.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const cm = (args: string[]) => withArgs('controllermanager', args);

runCases(rule, [
  { name: 'pass: 127.0.0.1', node: cm(['--bind-address=127.0.0.1']), want: { status: 'pass' } },
  { name: 'pass: ::1', node: cm(['--bind-address=::1']), want: { status: 'pass' } },
  { name: 'fail: absent, the default 0.0.0.0 applies', node: cm([]), want: { status: 'fail', ...CMD, message: '"--bind-address" is not set, so the default "0.0.0.0" applies, so it listens on every interface' } },
  { name: 'fail: a node address', node: cm(['--bind-address=10.0.0.5']), want: { status: 'fail', line: argLine(0), column: C, message: /beyond the node itself/ } },
  { name: 'fail: repeated, the last one is 0.0.0.0', node: cm(['--bind-address=127.0.0.1', '--bind-address=0.0.0.0']), want: { status: 'fail', line: argLine(1) } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'controllermanager', [
  { fixture: 'fail-default-all-interfaces', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-controller-manager.yaml:11:5', has: '"--bind-address" is not set, so the default "0.0.0.0" applies, so it listens on every interface' }] },
  { fixture: 'pass-loopback', want: [{ node: 'cp-1', status: 'pass', has: '"--bind-address" is "127.0.0.1" (flag)' }] },
]);
