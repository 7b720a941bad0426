// Projected service account tokens must not be extended to a year (the flag defaults to true).
import { defineRule } from '../../lib/rule/define.js';
import { checkBool, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-service-account-extend-token-expiration',
  title: 'API server does not extend service account token lifetimes',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'With the extension on, tokens that clients asked to be short-lived are issued for up to a year, so a stolen token stays useful far longer.',
  remediation: 'Set --service-account-extend-token-expiration=false on the API server once workloads reload their projected tokens.',

  evaluate: onComponent('apiserver', (v) => checkBool(flagSetting(v, 'service-account-extend-token-expiration', { default: 'true' }), false)),
});
