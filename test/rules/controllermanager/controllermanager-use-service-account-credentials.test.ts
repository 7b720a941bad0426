// controllermanager-use-service-account-credentials: defaults to false and must be true.
import rule from '../../../rules/controllermanager/controllermanager-use-service-account-credentials.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const cm = (args: string[]) => withArgs('controllermanager', args);

runCases(rule, [
  { name: 'pass: true (kubeadm)', node: cm(['--use-service-account-credentials=true']), want: { status: 'pass' } },
  { name: 'pass: bare flag', node: cm(['--use-service-account-credentials']), want: { status: 'pass' } },
  { name: 'fail: absent, default false', node: cm([]), want: { status: 'fail', ...CMD, message: '"--use-service-account-credentials" is not set, so the default "false" applies' } },
  { name: 'fail: false', node: cm(['--use-service-account-credentials=false']), want: { status: 'fail', line: argLine(0), column: C } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'controllermanager', [
  { fixture: 'fail-default-false', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-controller-manager.yaml:11:5', has: '"--use-service-account-credentials" is not set, so the default "false" applies' }] },
  { fixture: 'pass-true', want: [{ node: 'cp-1', status: 'pass', has: '"--use-service-account-credentials" is "true" (flag)' }] },
]);
