// controllermanager-root-ca-file: --root-ca-file must be set.
import rule from '../../../rules/controllermanager/controllermanager-root-ca-file.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const cm = (args: string[]) => withArgs('controllermanager', args);

runCases(rule, [
  { name: 'pass: set', node: cm(['--root-ca-file=/etc/kubernetes/pki/ca.crt']), want: { status: 'pass' } },
  { name: 'fail: not set', node: cm(['--profiling=false']), want: { status: 'fail', ...CMD, message: '"--root-ca-file" is not set on the controller manager' } },
  { name: 'fail: empty', node: cm(['--root-ca-file=']), want: { status: 'fail', line: argLine(0), column: C } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'controllermanager', [
  { fixture: 'fail-not-set', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-controller-manager.yaml:11:5', has: '"--root-ca-file" is not set on the controller manager' }] },
  { fixture: 'pass-set', want: [{ node: 'cp-1', status: 'pass', has: '"--root-ca-file" is "/etc/kubernetes/pki/ca.crt" (flag)' }] },
]);
