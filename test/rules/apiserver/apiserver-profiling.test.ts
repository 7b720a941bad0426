// apiserver-profiling: --profiling defaults to true; the last occurrence wins.
import rule from '../../../rules/apiserver/apiserver-profiling.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: --profiling=false', node: api(['--profiling=false']), want: { status: 'pass', message: '"--profiling" is "false" (flag)' } },
  { name: 'fail: absent, the default true applies', node: api(['--secure-port=6443']), want: { status: 'fail', ...CMD, message: '"--profiling" is not set, so the default "true" applies' } },
  { name: 'fail: --profiling=true', node: api(['--profiling=true']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'fail: repeated, the last one (true) wins', node: api(['--profiling=false', '--profiling=true']), want: { status: 'fail', line: argLine(1), column: C } },
  { name: 'pass: repeated, the last one (false) wins', node: api(['--profiling=true', '--profiling=false']), want: { status: 'pass' } },
  { name: 'not-applicable: no API server on the node', node: { components: { kubelet: { args: [] } } }, want: { status: 'not-applicable' } },
  { name: 'manual: node known only from the API', node: { evidence: 'api', components: {} }, want: { status: 'manual' } },
  { name: 'not-applicable: only worker nodes in the input', node: { roles: ['worker'], components: {} }, want: { status: 'not-applicable', message: /no control-plane node in the input/ } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-default-true', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--profiling" is not set, so the default "true" applies' }] },
  { fixture: 'fail-process-differs-from-manifest', want: [{ node: 'cp-1', status: 'fail', at: 'processes/apiserver.cmdline:1:80', has: '"--profiling" is "true" (flag); flag "--profiling" is "true" in the running process but "false"' }] },
  { fixture: 'pass-flag-false', want: [{ node: 'cp-1', status: 'pass', has: '"--profiling" is "false" (flag)' }] },
]);
