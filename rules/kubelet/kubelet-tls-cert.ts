// The kubelet must serve with a proper certificate: tlsCertFile + tlsPrivateKeyFile, or one issued by the cluster.
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletFeatureGate, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-tls-cert',
  title: 'Kubelet serves with a certificate set up for it',
  assessment: 'manual',
  notes: 'Manual in the benchmark; passes when both TLS files are set, or when the kubelet requests its serving certificate from the cluster (serverTLSBootstrap with the RotateKubeletServerCertificate gate on).',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'Without a configured certificate the kubelet serves a self-signed one that clients cannot verify.',
  remediation: 'Set tlsCertFile and tlsPrivateKeyFile in the kubelet config file (or the --tls-cert-file and --tls-private-key-file flags), or enable serverTLSBootstrap and approve the kubelet serving CSRs.',

  evaluate(node, ctx) {
    const cert = kubeletSetting(node, KUBELET_SETTINGS.tlsCertFile, ctx.kubernetesMinor);
    const key = kubeletSetting(node, KUBELET_SETTINGS.tlsPrivateKeyFile, ctx.kubernetesMinor);
    if (cert.source === 'not-collected') return error(notCollectedMessage(node, cert));
    const set = (s: typeof cert) => typeof s.value === 'string' && s.value !== '';
    if (set(cert) && set(key)) return pass(cert.loc, `${settingText('TLS certificate', cert)}; ${settingText('TLS key', key)}`);
    if (set(cert) !== set(key)) {
      const missing = set(cert) ? key : cert;
      return fail(settingLoc(node, missing), `only one of the TLS certificate and key is set: ${settingText(set(cert) ? 'TLS key' : 'TLS certificate', missing)}`);
    }
    const bootstrap = kubeletSetting(node, KUBELET_SETTINGS.serverTLSBootstrap, ctx.kubernetesMinor);
    const gate = kubeletFeatureGate(node, 'RotateKubeletServerCertificate', ctx.kubernetesMinor);
    if (bootstrap.value === true && gate.value === true) {
      return pass(bootstrap.loc, `the kubelet requests its serving certificate from the cluster: ${settingText('serverTLSBootstrap', bootstrap)}`);
    }
    return fail(settingLoc(node, cert), `the kubelet serves a self-signed certificate: ${settingText('TLS certificate', cert)} and ${settingText('serverTLSBootstrap', bootstrap)}`);
  },
});
