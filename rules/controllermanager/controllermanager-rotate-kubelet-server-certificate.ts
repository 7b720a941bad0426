// The RotateKubeletServerCertificate feature gate (beta, on by default since 1.12) must not be turned off.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { featureGates, flagOccurrences } from '../../lib/rule/flags.js';

const GATE = 'RotateKubeletServerCertificate';

export default defineRule({
  id: 'controllermanager-rotate-kubelet-server-certificate',
  title: 'Kubelet serving certificate rotation is not disabled on the controller manager',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'Rotation replaces kubelet serving certificates before they expire, so they stay short-lived and a leaked key loses its value.',
  remediation: 'Remove RotateKubeletServerCertificate=false from --feature-gates on the controller manager.',

  evaluate: onComponent('controllermanager', (v) => {
    const gate = featureGates(v.component).get(GATE);
    if (gate) {
      const msg = `"${GATE}" is ${gate.enabled} in "--feature-gates" (flag)`;
      return gate.enabled ? pass(gate.loc, msg) : fail(gate.loc, msg);
    }
    const flag = flagOccurrences(v.component, 'feature-gates').at(-1);
    return pass(flag?.loc ?? v.anchor, `"${GATE}" is not in "--feature-gates", so the default true applies`);
  }),
});
