// Each controller must run with its own service account (--use-service-account-credentials defaults to false).
import { defineRule } from '../../lib/rule/define.js';
import { checkBool, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'controllermanager-use-service-account-credentials',
  title: 'Controllers use individual service account credentials',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'With one shared identity every controller holds the union of all controller permissions; separate accounts keep each to the roles it needs.',
  remediation: 'Set --use-service-account-credentials=true on the controller manager (the system:controller:* roles must exist, as they do by default).',

  evaluate: onComponent('controllermanager', (v) => checkBool(flagSetting(v, 'use-service-account-credentials', { default: 'false' }), true)),
});
