// Profiling endpoints of the scheduler must be off. With --config, the KubeSchedulerConfiguration's
// enableProfiling (default true) decides and the deprecated --profiling flag is ignored.
import { defineRule } from '../../lib/rule/define.js';
import { checkBool, configDocFor, flagSetting, isVerdict, onComponent, type Setting } from '../../lib/rule/component.js';
import { Field } from '../../lib/rule/field.js';

export default defineRule({
  id: 'scheduler-profiling',
  title: 'Scheduler profiling is disabled',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'The /debug/pprof endpoints reveal program internals and can be used to load the scheduler; they are not needed in production.',
  remediation: 'Set --profiling=false on the scheduler, or enableProfiling: false in its KubeSchedulerConfiguration when it runs with --config.',

  evaluate: onComponent('scheduler', (v) => {
    const config = flagSetting(v, 'config');
    if (config.value === undefined || config.value === '') return checkBool(flagSetting(v, 'profiling', { default: 'true' }), false);
    const found = configDocFor(v, config, 'scheduler configuration');
    if (isVerdict(found)) return found;
    const f = Field.of(found.doc, 'enableProfiling');
    const { exact: _e, ...loc } = f.loc;
    const s: Setting = typeof f.value === 'boolean'
      ? { name: 'profiling', value: String(f.value), source: 'config file', loc, configFile: config.value, configField: 'enableProfiling' }
      : { name: 'profiling', value: 'true', source: 'default', loc, configFile: config.value, configField: 'enableProfiling' };
    const v2 = checkBool(s, false);
    const ignored = flagSetting(v, 'profiling');
    return ignored.source === 'flag' ? { ...v2, message: `${v2.message}; "--profiling" is ignored because "--config" is set` } : v2;
  }),
});
