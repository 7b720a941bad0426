// audit-policy-file: --audit-policy-file set, the file collected, a loadable Policy, and a backend for its events.
import rule from '../../../rules/controlplane/audit-policy-file.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const POLICY = '/etc/kubernetes/audit-policy.yaml';
const FLAG = `--audit-policy-file=${POLICY}`;
const LOG = '--audit-log-path=/var/log/kubernetes/audit/audit.log';
const policy = (text: string) => ({ [POLICY]: text });
const MINIMAL = policy('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n');

runCases(rule, [
  { name: 'pass: minimal policy with a log file', node: api([FLAG, LOG], { files: MINIMAL }), want: { status: 'pass', message: `"--audit-policy-file" is "${POLICY}" (flag), a Policy with 1 rule` } },
  { name: 'pass: webhook backend', node: api([FLAG, '--audit-webhook-config-file=/etc/kubernetes/audit-webhook.yaml'], { files: MINIMAL }), want: { status: 'pass' } },
  { name: 'fail: flag not set', node: api([LOG]), want: { status: 'fail', ...CMD, message: '"--audit-policy-file" is not set, so the API server records no audit events' } },
  { name: 'fail: no backend', node: api([FLAG], { files: MINIMAL }), want: { status: 'fail', line: argLine(0), column: C, message: /events go nowhere/ } },
  { name: 'fail: no rules', node: api([FLAG, LOG], { files: policy('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n') }), want: { status: 'fail', line: 3, column: 1, message: /no rules, which the API server refuses to load/ } },
  { name: 'fail: not a Policy', node: api([FLAG, LOG], { files: policy('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n') }), want: { status: 'fail', message: /not an audit.k8s.io Policy/ } },
  { name: 'fail: audit.k8s.io/v1beta1 on 1.31 (removed in 1.24)', kubernetesMinor: 31, node: api([FLAG, LOG], { files: policy('apiVersion: audit.k8s.io/v1beta1\nkind: Policy\nrules:\n- level: Metadata\n') }), want: { status: 'fail', line: 1, column: 13, message: /removed in 1.24/ } },
  { name: 'pass: audit.k8s.io/v1beta1 on 1.23', kubernetesMinor: 23, node: api([FLAG, LOG], { files: policy('apiVersion: audit.k8s.io/v1beta1\nkind: Policy\nrules:\n- level: Metadata\n') }), want: { status: 'pass' } },
  { name: 'error: file not collected', node: api([FLAG, LOG]), want: { status: 'error', line: argLine(0), message: `audit policy file "${POLICY}" named by "--audit-policy-file" is not in the bundle for node "cp-1"` } },
  { name: 'error: file does not parse', node: api([FLAG, LOG], { files: { [POLICY]: null } }), want: { status: 'error', message: /could not be parsed/ } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'controlplane', [
  { fixture: 'error-policy-not-collected', want: [{ node: 'cp-1', status: 'error', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: 'audit policy file "/etc/kubernetes/audit-policy.yaml" named by "--audit-policy-file" is not in the bundle for node "cp-1"' }] },
  { fixture: 'fail-not-set', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--audit-policy-file" is not set, so the API server records no audit events' }] },
  { fixture: 'pass-minimal-policy', want: [{ node: 'cp-1', status: 'pass', has: '"--audit-policy-file" is "/etc/kubernetes/audit-policy.yaml" (flag), a Policy with 1 rule' }] },
]);
