// The kubelet must offer only strong TLS cipher suites (set on OpenShift from the cluster's TLS security profile).
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import { quoted } from '../../lib/rule/openshift-config.js';
import { isWeakVersion, weakSuites } from '../../lib/rule/openshift-tls.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'ocp-kubelet-tls-cipher-suites',
  title: 'Kubelet offers only strong TLS cipher suites',
  assessment: 'manual',
  notes:
    'Decided per node from tlsCipherSuites and tlsMinVersion of the kubelet configuration (node bundle, else configz), ' +
    'which the Machine Config Operator renders from the TLS security profile: TLS 1.3 minimum passes; TLS 1.0/1.1, an ' +
    'empty list (Go\'s defaults) or any suite outside ECDHE with AES-GCM or ChaCha20 fails.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'Weak suites and old TLS versions allow downgrade and decryption attacks on exec, logs and metrics traffic to the kubelet.',
  remediation: 'Set tlsSecurityProfile (Intermediate or Modern) in a KubeletConfig for each machine config pool, or rely on the cluster-wide APIServer profile, and do not add weak suites.',

  evaluate(node, ctx) {
    const min = kubeletSetting(node, KUBELET_SETTINGS.tlsMinVersion, ctx.kubernetesMinor);
    if (min.source === 'not-collected') return error(notCollectedMessage(node, min));
    const version = typeof min.value === 'string' ? min.value : '';
    if (isWeakVersion(version)) return fail(settingLoc(node, min), `${settingText('tlsMinVersion', min)}, which allows TLS before 1.2`);
    if (version === 'VersionTLS13') return pass(min.loc, `${settingText('tlsMinVersion', min)}: only TLS 1.3 suites, all strong, are offered`);
    const s = kubeletSetting(node, KUBELET_SETTINGS.tlsCipherSuites, ctx.kubernetesMinor);
    const suites = Array.isArray(s.value) ? (s.value as readonly string[]) : [];
    if (suites.length === 0) return fail(settingLoc(node, s), `no cipher suites are set, so Go's default list (with CBC suites) is offered: ${settingText('tlsCipherSuites', s)}`);
    const weak = weakSuites(suites);
    if (weak.length > 0) return fail(settingLoc(node, s), `weak cipher suites are offered: ${quoted(weak)} (from ${s.where})`);
    return pass(s.loc, `all ${suites.length} cipher suites are strong (from ${s.where})`);
  },
});
