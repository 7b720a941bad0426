// Static bearer tokens from a file (--token-auth-file) must not be accepted.
import { defineRule } from '../../lib/rule/define.js';
import { checkNotSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-token-auth-file',
  title: 'API server does not accept static token files',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Tokens in a static file never expire and can only be changed by restarting the API server, so a leaked one stays valid.',
  remediation: 'Remove --token-auth-file from the API server command line and authenticate users with client certificates from a managed CA, OIDC or a webhook instead.',

  evaluate: onComponent('apiserver', (v) => checkNotSet(flagSetting(v, 'token-auth-file'), v)),
});
