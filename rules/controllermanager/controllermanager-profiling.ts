// Profiling endpoints of the controller manager must be off (--profiling defaults to true).
import { defineRule } from '../../lib/rule/define.js';
import { checkBool, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'controllermanager-profiling',
  title: 'Controller manager profiling is disabled',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'The /debug/pprof endpoints reveal program internals and can be used to load the controller manager; they are not needed in production.',
  remediation: 'Set --profiling=false on the controller manager.',

  evaluate: onComponent('controllermanager', (v) => checkBool(flagSetting(v, 'profiling', { default: 'true' }), false)),
});
