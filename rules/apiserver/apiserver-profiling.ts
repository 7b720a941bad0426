// Profiling endpoints of the API server must be off (--profiling defaults to true).
import { defineRule } from '../../lib/rule/define.js';
import { checkBool, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-profiling',
  title: 'API server profiling is disabled',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'The /debug/pprof endpoints reveal program internals and can be used to load the server; they are not needed in production.',
  remediation: 'Set --profiling=false on the API server.',

  evaluate: onComponent('apiserver', (v) => checkBool(flagSetting(v, 'profiling', { default: 'true' }), false)),
});
