// controllermanager-profiling: --profiling defaults to true.
import rule from '../../../rules/controllermanager/controllermanager-profiling.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const cm = (args: string[]) => withArgs('controllermanager', args);

runCases(rule, [
  { name: 'pass: false', node: cm(['--profiling=false']), want: { status: 'pass' } },
  { name: 'fail: absent, default true', node: cm([]), want: { status: 'fail', ...CMD, message: '"--profiling" is not set, so the default "true" applies' } },
  { name: 'fail: true', node: cm(['--profiling=true']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'not-applicable: no controller manager on this control-plane node', node: withArgs('apiserver', []), want: { status: 'not-applicable', message: 'the controller manager does not run on node "cp-1"' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'controllermanager', [
  { fixture: 'fail-default-true', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-controller-manager.yaml:11:5', has: '"--profiling" is not set, so the default "true" applies' }] },
  { fixture: 'pass-false', want: [{ node: 'cp-1', status: 'pass', has: '"--profiling" is "false" (flag)' }] },
]);
