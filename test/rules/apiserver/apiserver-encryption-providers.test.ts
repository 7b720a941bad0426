// apiserver-encryption-providers: the first provider of the entry covering secrets decides.
import rule from '../../../rules/apiserver/apiserver-encryption-providers.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const ENC = '/etc/kubernetes/enc/enc.yaml';
const FLAG = `--encryption-provider-config=${ENC}`;
const enc = (resources: string) => ({ [ENC]: `apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n${resources}` });
const AESCBC_FIRST = enc('- resources:\n  - secrets\n  providers:\n  - aescbc:\n      keys:\n      - name: key1\n        secret: REDACTED\n  - identity: {}\n');
const IDENTITY_FIRST = enc('- resources:\n  - secrets\n  providers:\n  - identity: {}\n  - aescbc:\n      keys:\n      - name: key1\n        secret: REDACTED\n');
const NO_SECRETS = enc('- resources:\n  - configmaps\n  providers:\n  - aescbc:\n      keys:\n      - name: key1\n        secret: REDACTED\n');
const KMS_V2 = enc('- resources:\n  - secrets\n  providers:\n  - kms:\n      apiVersion: v2\n      name: vault\n      endpoint: unix:///var/run/kms.sock\n  - identity: {}\n');
const KMS_V1 = enc('- resources:\n  - secrets\n  providers:\n  - kms:\n      name: vault\n      endpoint: unix:///var/run/kms.sock\n      cachesize: 1000\n');
const AESGCM = enc('- resources:\n  - secrets\n  providers:\n  - aesgcm:\n      keys:\n      - name: key1\n        secret: REDACTED\n');
const WILDCARD = enc('- resources:\n  - "*.*"\n  providers:\n  - secretbox:\n      keys:\n      - name: key1\n        secret: REDACTED\n');

runCases(rule, [
  { name: 'pass: aescbc first', node: api([FLAG], { files: AESCBC_FIRST }), want: { status: 'pass', message: `secrets are encrypted with "aescbc" by resources[0] of "${ENC}" (matched by "secrets")` } },
  { name: 'fail: identity first, points at the identity provider', node: api([FLAG], { files: IDENTITY_FIRST }), want: { status: 'fail', line: 7, column: 5, message: /written unencrypted: the first provider .* is "identity"/ } },
  { name: 'fail: no entry covers secrets', node: api([FLAG], { files: NO_SECRETS }), want: { status: 'fail', line: 3, column: 1, message: /no entry .* covers secrets/ } },
  { name: 'pass: kms v2 (1.34)', kubernetesMinor: 34, node: api([FLAG], { files: KMS_V2 }), want: { status: 'pass', message: /"kms" v2/ } },
  { name: 'pass: kms v1 (1.28), deprecated note', kubernetesMinor: 28, node: api([FLAG], { files: KMS_V1 }), want: { status: 'pass', message: /KMS v1 is deprecated/ } },
  { name: 'manual: aesgcm', node: api([FLAG], { files: AESGCM }), want: { status: 'manual', line: 7, column: 5, message: /automated key rotation/ } },
  { name: 'pass: secretbox through "*.*"', node: api([FLAG], { files: WILDCARD }), want: { status: 'pass', message: /matched by "\*\.\*"/ } },
  { name: 'fail: flag not set', node: api([]), want: { status: 'fail', ...CMD, message: '"--encryption-provider-config" is not set, so secrets are stored unencrypted' } },
  { name: 'error: config file not in the bundle, names it', node: api([FLAG]), want: { status: 'error', line: argLine(0), column: C, message: `encryption configuration "${ENC}" named by "--encryption-provider-config" is not in the bundle for node "cp-1"` } },
  { name: 'error: config file collected but unparseable', node: api([FLAG], { files: { [ENC]: null } }), want: { status: 'error', message: /could not be parsed/ } },
  {
    name: 'pass: found through the hostPath mount',
    node: api([FLAG], { component: { mounts: [{ hostPath: '/srv/enc', mountPath: '/etc/kubernetes/enc' }] }, files: { '/srv/enc/enc.yaml': AESCBC_FIRST[ENC] } }),
    want: { status: 'pass' },
  },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'error-config-not-collected', want: [{ node: 'cp-1', status: 'error', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: 'encryption configuration "/etc/kubernetes/enc/enc.yaml" named by "--encryption-provider-config" is not in the bundle for node "cp-1"' }] },
  { fixture: 'fail-flag-not-set', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--encryption-provider-config" is not set, so secrets are stored unencrypted' }] },
  { fixture: 'fail-identity-first', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/enc/enc.yaml:8:5', has: 'secrets are written unencrypted: the first provider in resources[0] of "/etc/kubernetes/enc/enc.yaml" (matched by "secrets") is "identity"' }] },
  { fixture: 'fail-no-secrets-entry', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/enc/enc.yaml:4:1', has: 'no entry of "/etc/kubernetes/enc/enc.yaml" covers secrets, so they are stored unencrypted' }] },
  { fixture: 'manual-aesgcm', want: [{ node: 'cp-1', status: 'manual', at: 'files/etc/kubernetes/enc/enc.yaml:8:5', has: 'secrets are encrypted with "aesgcm" by resources[0] of "/etc/kubernetes/enc/enc.yaml" (matched by "secrets"); the benchmark does not list it, and it is safe only with automated key rotation' }] },
  { fixture: 'pass-aescbc-first', want: [{ node: 'cp-1', status: 'pass', has: 'secrets are encrypted with "aescbc" by resources[0] of "/etc/kubernetes/enc/enc.yaml" (matched by "secrets")' }] },
  { fixture: 'pass-kms-v2-1.34', want: [{ node: 'cp-1', status: 'pass', has: 'secrets are encrypted with "kms" v2 by resources[0] of "/etc/kubernetes/enc/enc.yaml" (matched by "secrets")' }] },
]);
