// The API server must be given the public key(s) that verify service account tokens. With an external signer
// (--service-account-signing-endpoint, 1.32+), which excludes the key file, the signer supplies them: manual.
import { defineRule, manual } from '../../lib/rule/define.js';
import { checkSet, describeSetting, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-service-account-key-file',
  title: 'API server has an explicit service account verification key',
  assessment: 'automated',
  notes: 'With --service-account-signing-endpoint (external signer, 1.32+) the key file cannot be set and the signer manages the keys, so the result is manual.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'An explicit key file lets the signing key be rotated independently of the serving certificate key, which is what the API server falls back to.',
  remediation: 'Set --service-account-key-file on the API server to the public key matching the controller manager\'s --service-account-private-key-file.',

  evaluate: onComponent('apiserver', (v) => {
    const key = flagSetting(v, 'service-account-key-file');
    const endpoint = flagSetting(v, 'service-account-signing-endpoint');
    if ((key.value === undefined || key.value === '') && endpoint.value) {
      return manual(`${describeSetting(endpoint)}: an external signer manages the verification keys; review its key rotation`, endpoint.loc);
    }
    return checkSet([key], v);
  }),
});
