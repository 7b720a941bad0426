// apiserver-service-account-lookup: defaults to true; only an explicit false fails.
import rule from '../../../rules/apiserver/apiserver-service-account-lookup.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: absent, the default true applies', node: api([]), want: { status: 'pass', message: '"--service-account-lookup" is not set, so the default "true" applies' } },
  { name: 'pass: true', node: api(['--service-account-lookup=true']), want: { status: 'pass' } },
  { name: 'fail: false', node: api(['--service-account-lookup=false']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'fail: "0" is false to Go', node: api(['--service-account-lookup=0']), want: { status: 'fail' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-false', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"--service-account-lookup" is "false" (flag)' }] },
  { fixture: 'pass-default-true', want: [{ node: 'cp-1', status: 'pass', has: '"--service-account-lookup" is not set, so the default "true" applies' }] },
]);
