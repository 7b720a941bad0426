// scheduler-bind-address: --bind-address defaults to 0.0.0.0 and must be loopback.
import rule from '../../../rules/scheduler/scheduler-bind-address.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const sch = (args: string[]) => withArgs('scheduler', args);

runCases(rule, [
  { name: 'pass: 127.0.0.1 (kubeadm)', node: sch(['--bind-address=127.0.0.1']), want: { status: 'pass' } },
  { name: 'fail: absent, the default 0.0.0.0 applies', node: sch([]), want: { status: 'fail', ...CMD } },
  { name: 'fail: 0.0.0.0', node: sch(['--bind-address=0.0.0.0']), want: { status: 'fail', line: argLine(0), column: C, message: /every interface/ } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'scheduler', [
  { fixture: 'fail-default-all-interfaces', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-scheduler.yaml:11:5', has: '"--bind-address" is not set, so the default "0.0.0.0" applies, so it listens on every interface' }] },
  { fixture: 'pass-loopback', want: [{ node: 'cp-1', status: 'pass', has: '"--bind-address" is "127.0.0.1" (flag)' }] },
]);
