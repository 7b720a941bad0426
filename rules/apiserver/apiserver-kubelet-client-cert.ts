// The API server must present a client certificate when it calls kubelets.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-kubelet-client-cert',
  title: 'API server authenticates to kubelets with a client certificate',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Without a client certificate the API server cannot authenticate to kubelets, which then have to accept unauthenticated requests for logs, exec and port forwarding.',
  remediation: 'Set --kubelet-client-certificate and --kubelet-client-key on the API server to a client certificate and key that the kubelets trust.',

  evaluate: onComponent('apiserver', (v) => checkSet([flagSetting(v, 'kubelet-client-certificate'), flagSetting(v, 'kubelet-client-key')], v)),
});
