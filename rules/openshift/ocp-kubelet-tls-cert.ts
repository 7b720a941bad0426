// The kubelet serves TLS with a certificate the cluster issues (serverTLSBootstrap) or with configured files.
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'ocp-kubelet-tls-cert',
  title: 'Kubelet serves TLS with a cluster-issued certificate',
  assessment: 'manual',
  notes:
    'Decided per node from the kubelet configuration (node bundle, else configz): serverTLSBootstrap true (OpenShift\'s ' +
    'default: the serving certificate is requested from the cluster CA and rotated) or both tlsCertFile and ' +
    'tlsPrivateKeyFile set passes; otherwise the kubelet serves a self-signed certificate, which fails.',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: 'A self-signed kubelet certificate cannot be verified by kube-apiserver, so connections to the kubelet can be intercepted.',
  remediation: 'Keep serverTLSBootstrap: true in the kubelet configuration that the Machine Config Operator renders (do not override it in a KubeletConfig) and approve kubelet-serving certificate requests.',

  evaluate(node, ctx) {
    const bootstrap = kubeletSetting(node, KUBELET_SETTINGS.serverTLSBootstrap, ctx.kubernetesMinor);
    if (bootstrap.source === 'not-collected') return error(notCollectedMessage(node, bootstrap));
    if (bootstrap.value === true) return pass(bootstrap.loc, `${settingText('serverTLSBootstrap', bootstrap)}: the cluster issues and rotates the serving certificate`);
    const cert = kubeletSetting(node, KUBELET_SETTINGS.tlsCertFile, ctx.kubernetesMinor);
    const key = kubeletSetting(node, KUBELET_SETTINGS.tlsPrivateKeyFile, ctx.kubernetesMinor);
    if (typeof cert.value === 'string' && cert.value !== '' && typeof key.value === 'string' && key.value !== '') {
      return pass(cert.loc, `the kubelet serves "${cert.value}" (from ${cert.where})`);
    }
    return fail(settingLoc(node, bootstrap), `${settingText('serverTLSBootstrap', bootstrap)} and no tlsCertFile/tlsPrivateKeyFile is set, so the kubelet serves a self-signed certificate`);
  },
});
