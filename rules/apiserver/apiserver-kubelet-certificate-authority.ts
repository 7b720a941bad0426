// The API server must verify kubelet serving certificates against a CA.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-kubelet-certificate-authority',
  title: 'API server verifies kubelet serving certificates',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Without a CA to check against, the API server cannot tell a real kubelet from an impostor, so its connections to kubelets can be intercepted.',
  remediation: 'Set --kubelet-certificate-authority on the API server to the CA bundle that signs the kubelet serving certificates (and enable kubelet serving certificate rotation).',

  evaluate: onComponent('apiserver', (v) => checkSet([flagSetting(v, 'kubelet-certificate-authority')], v)),
});
