// The NamespaceLifecycle admission plugin (on by default) must not be turned off.
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkPlugin } from '../../lib/rule/admission-plugins.js';

export default defineRule({
  id: 'apiserver-admission-namespace-lifecycle',
  title: 'API server keeps the NamespaceLifecycle admission plugin',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'The plugin stops objects from being created in namespaces that do not exist or are being deleted, and protects the system namespaces.',
  remediation: 'Remove NamespaceLifecycle from --disable-admission-plugins (and include it if --admission-control is used).',

  evaluate: onComponent('apiserver', (v) => checkPlugin(v, 'NamespaceLifecycle', true)),
});
