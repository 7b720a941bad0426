// apiserver-anonymous-auth: --anonymous-auth defaults to true; from 1.32 (1.31 with its gate) an
// AuthenticationConfiguration `anonymous` section replaces the flag.
import rule from '../../../rules/apiserver/apiserver-anonymous-auth.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const AUTHN = '/etc/kubernetes/authn.yaml';
const authn = (anonymous: string) => ({ [AUTHN]: `apiVersion: apiserver.config.k8s.io/v1beta1\nkind: AuthenticationConfiguration\n${anonymous}` });
const LIMITED = authn('anonymous:\n  enabled: true\n  conditions:\n  - path: /livez\n  - path: /readyz\n  - path: /healthz\n');
const OPEN = authn('anonymous:\n  enabled: true\n');
const OFF = authn('anonymous:\n  enabled: false\n');

runCases(rule, [
  { name: 'pass: --anonymous-auth=false', node: api(['--anonymous-auth=false']), want: { status: 'pass', message: '"--anonymous-auth" is "false" (flag)' } },
  { name: 'fail: absent, the default true applies', node: api([]), want: { status: 'fail', ...CMD, message: '"--anonymous-auth" is not set, so the default "true" applies' } },
  { name: 'fail: --anonymous-auth=true', node: api(['--anonymous-auth=true']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'manual: 1.34, limited to health endpoints by the config file', kubernetesMinor: 34, node: api([`--authentication-config=${AUTHN}`], { files: LIMITED }), want: { status: 'manual', line: 4, column: 12, message: /limited to "\/livez", "\/readyz", "\/healthz"/ } },
  { name: 'pass: 1.32, anonymous.enabled false in the config file', kubernetesMinor: 32, node: api([`--authentication-config=${AUTHN}`], { files: OFF }), want: { status: 'pass' } },
  { name: 'fail: 1.34, anonymous enabled without conditions', kubernetesMinor: 34, node: api([`--authentication-config=${AUTHN}`], { files: OPEN }), want: { status: 'fail', line: 4, column: 12 } },
  { name: 'fail: 1.31 without the gate, the section is not in effect and the default applies', kubernetesMinor: 31, node: api([`--authentication-config=${AUTHN}`], { files: LIMITED }), want: { status: 'fail', ...CMD, message: /not in effect on this version/ } },
  { name: 'manual: 1.31 with the AnonymousAuthConfigurableEndpoints gate', kubernetesMinor: 31, node: api([`--authentication-config=${AUTHN}`, '--feature-gates=AnonymousAuthConfigurableEndpoints=true'], { files: LIMITED }), want: { status: 'manual' } },
  { name: 'pass: 1.28 ignores the section; the flag decides', kubernetesMinor: 28, node: api([`--authentication-config=${AUTHN}`, '--anonymous-auth=false'], { files: OFF }), want: { status: 'pass', message: /"--anonymous-auth" is "false" \(flag\); the "anonymous" section/ } },
  { name: 'error: the authentication config was not collected', node: api([`--authentication-config=${AUTHN}`]), want: { status: 'error', line: argLine(0) } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-anonymous-section-ignored-1.31', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--anonymous-auth" is not set, so the default "true" applies; the "anonymous" section of "/etc/kubernetes/authn.yaml" is not in effect on this version' }] },
  { fixture: 'fail-default-true', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--anonymous-auth" is not set, so the default "true" applies' }] },
  { fixture: 'manual-health-endpoints-only-1.34', want: [{ node: 'cp-1', status: 'manual', at: 'files/etc/kubernetes/authn.yaml:4:12', has: 'anonymous requests are limited to "/livez", "/readyz", "/healthz" (authentication config "/etc/kubernetes/authn.yaml"); confirm these endpoints may be reached without credentials' }] },
  { fixture: 'pass-flag-false', want: [{ node: 'cp-1', status: 'pass', has: '"--anonymous-auth" is "false" (flag)' }] },
]);
