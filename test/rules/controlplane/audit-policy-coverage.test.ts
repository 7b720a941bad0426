// audit-policy-coverage: probes the policy (first match wins) for the benchmark's key concerns.
import rule from '../../../rules/controlplane/audit-policy-coverage.js';
import { api, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const POLICY = '/etc/kubernetes/audit-policy.yaml';
const FLAG = `--audit-policy-file=${POLICY}`;
const policy = (rules: string) => ({ [POLICY]: `apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived]\nrules:\n${rules}` });

const SENSITIVE = '- level: Metadata\n  resources:\n  - group: ""\n    resources: [secrets, configmaps]\n  - group: authentication.k8s.io\n    resources: [tokenreviews]\n';
const POD_ACCESS = '- level: RequestResponse\n  resources:\n  - group: ""\n    resources: [pods/exec, pods/attach, pods/portforward, pods/proxy, services/proxy]\n';
const CATCH_ALL = '- level: Metadata\n';
const GOOD = policy(SENSITIVE + POD_ACCESS + CATCH_ALL);
const SECRETS_RR = policy('- level: RequestResponse\n  resources:\n  - group: ""\n    resources: [secrets]\n' + SENSITIVE + CATCH_ALL);
const NO_CATCH_ALL = policy(SENSITIVE + POD_ACCESS + '- level: RequestResponse\n  verbs: [create, update, patch, delete]\n  resources:\n  - group: rbac.authorization.k8s.io\n  - group: ""\n    resources: [pods]\n  - group: apps\n    resources: [deployments]\n');
const CATCH_ALL_REQUEST = policy('- level: None\n  nonResourceURLs: ["/healthz*", /version]\n- level: RequestResponse\n');

runCases(rule, [
  { name: 'pass: minimal good policy', node: api([FLAG], { files: GOOD }), want: { status: 'pass' } },
  { name: 'fail: secrets logged at RequestResponse, points at that rule', node: api([FLAG], { files: SECRETS_RR }), want: { status: 'fail', line: 5, column: 10, message: `audit policy "${POLICY}": secrets are logged at RequestResponse by rules[0], which records request and response bodies; log them at Metadata` } },
  { name: 'fail: no catch-all rule', node: api([FLAG], { files: NO_CATCH_ALL }), want: { status: 'fail', line: 4, column: 1, message: /there is no catch-all rule at Metadata or above: no rule matches requests for resources no other rule names/ } },
  { name: 'fail: catch-all at RequestResponse logs secret bodies', node: api([FLAG], { files: CATCH_ALL_REQUEST }), want: { status: 'fail', line: 7, column: 10, message: /secrets are logged at RequestResponse by rules\[1\].*configmaps are logged at RequestResponse.*tokenreviews are logged at RequestResponse/ } },
  { name: 'fail: no policy configured', node: api([]), want: { status: 'fail', ...CMD, message: '"--audit-policy-file" is not set, so no concern is logged' } },
  { name: 'fail: a policy the server would refuse', node: api([FLAG], { files: { [POLICY]: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Everything\n' } }), want: { status: 'fail', line: 4, column: 10, message: /not None, Metadata, Request or RequestResponse/ } },
  { name: 'error: policy not collected', node: api([FLAG]), want: { status: 'error' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'controlplane', [
  { fixture: 'fail-no-catch-all', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/audit-policy.yaml:5:1', has: 'audit policy "/etc/kubernetes/audit-policy.yaml": there is no catch-all rule at Metadata or above: no rule matches requests for resources no other rule names' }] },
  { fixture: 'fail-secrets-request-response', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/audit-policy.yaml:6:10', has: 'audit policy "/etc/kubernetes/audit-policy.yaml": secrets are logged at RequestResponse by rules[0], which records request and response bodies; log them at Metadata' }] },
  { fixture: 'pass-minimal-good', want: [{ node: 'cp-1', status: 'pass', has: 'audit policy "/etc/kubernetes/audit-policy.yaml" logs secrets, configmaps and tokenreviews at Metadata, pod access, workload and RBAC changes, and everything else' }] },
]);
