// The controller manager's secure port must listen on loopback only (--bind-address defaults to 0.0.0.0).
import { defineRule } from '../../lib/rule/define.js';
import { checkLoopback, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'controllermanager-bind-address',
  title: 'Controller manager listens on loopback only',
  assessment: 'automated',
  notes: 'kube-bench passes when --bind-address is absent; the upstream default is 0.0.0.0 (every interface), so an absent flag fails here, as the benchmark intends.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'The controller manager serves health, metrics and profiling endpoints; nothing off the node needs to reach them.',
  remediation: 'Set --bind-address=127.0.0.1 on the controller manager (scrape metrics through the node or a local proxy).',

  evaluate: onComponent('controllermanager', (v) => checkLoopback(flagSetting(v, 'bind-address', { default: '0.0.0.0' }))),
});
