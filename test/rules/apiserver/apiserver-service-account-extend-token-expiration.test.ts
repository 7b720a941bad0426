// apiserver-service-account-extend-token-expiration: defaults to true and must be false.
import rule from '../../../rules/apiserver/apiserver-service-account-extend-token-expiration.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: false', node: api(['--service-account-extend-token-expiration=false']), want: { status: 'pass' } },
  { name: 'fail: absent, the default true applies', node: api([]), want: { status: 'fail', ...CMD, message: '"--service-account-extend-token-expiration" is not set, so the default "true" applies' } },
  { name: 'fail: true', node: api(['--service-account-extend-token-expiration=true']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'fail: bare flag means true', node: api(['--service-account-extend-token-expiration']), want: { status: 'fail', line: argLine(0) } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-default-true', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--service-account-extend-token-expiration" is not set, so the default "true" applies' }] },
  { fixture: 'pass-false', want: [{ node: 'cp-1', status: 'pass', has: '"--service-account-extend-token-expiration" is "false" (flag)' }] },
]);
