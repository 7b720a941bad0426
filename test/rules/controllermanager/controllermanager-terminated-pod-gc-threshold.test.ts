// controllermanager-terminated-pod-gc-threshold: an explicit positive threshold passes; the default 12500 and <= 0 fail.
import rule from '../../../rules/controllermanager/controllermanager-terminated-pod-gc-threshold.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const cm = (args: string[]) => withArgs('controllermanager', args);

runCases(rule, [
  { name: 'pass: 10', node: cm(['--terminated-pod-gc-threshold=10']), want: { status: 'pass', message: '"--terminated-pod-gc-threshold" is "10" (flag)' } },
  { name: 'fail: absent, the default 12500 applies', node: cm([]), want: { status: 'fail', ...CMD, message: '"--terminated-pod-gc-threshold" is not set, so the default "12500" applies' } },
  { name: 'fail: 0 turns the collector off', node: cm(['--terminated-pod-gc-threshold=0']), want: { status: 'fail', line: argLine(0), column: C, message: /turns garbage collection of terminated pods off/ } },
  { name: 'fail: not an integer', node: cm(['--terminated-pod-gc-threshold=ten']), want: { status: 'fail', message: /not an integer/ } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'controllermanager', [
  { fixture: 'fail-default', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-controller-manager.yaml:11:5', has: '"--terminated-pod-gc-threshold" is not set, so the default "12500" applies' }] },
  { fixture: 'pass-set', want: [{ node: 'cp-1', status: 'pass', has: '"--terminated-pod-gc-threshold" is "10" (flag)' }] },
]);
