// The NodeRestriction admission plugin (off by default) must be on.
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkPlugin } from '../../lib/rule/admission-plugins.js';

export default defineRule({
  id: 'apiserver-admission-node-restriction',
  title: 'API server limits what kubelets may modify',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Without it a compromised kubelet can change other nodes and the pods bound to them, and set labels that steer workloads to itself.',
  remediation: 'Add NodeRestriction to --enable-admission-plugins on the API server (with the Node authorizer in the authorization chain).',

  evaluate: onComponent('apiserver', (v) => checkPlugin(v, 'NodeRestriction', true)),
});
