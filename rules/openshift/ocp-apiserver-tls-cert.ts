// kube-apiserver serves with the operator-managed service-network serving certificate.
import { defineRule } from '../../lib/rule/define.js';
import { checkArgPaths } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-tls-cert',
  title: 'kube-apiserver serves TLS with a managed certificate',
  assessment: 'manual',
  notes:
    'Decided from tls-cert-file and tls-private-key-file in apiServerArguments of the openshift-kube-apiserver "config" ' +
    'ConfigMap: unset fails, the service-network-serving-certkey paths pass, other paths are left for review. Extra ' +
    'named certificates for other host names come from APIServer spec.servingCerts and are not judged here.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'Clients can only trust kube-apiserver if it serves a certificate from a CA they know; a self-generated one invites man-in-the-middle attacks.',
  remediation: 'Remove overrides of tls-cert-file and tls-private-key-file from kubeapiserver/cluster spec.unsupportedConfigOverrides; add certificates for other names through APIServer spec.servingCerts.namedCertificates.',

  evaluate(_cluster, ctx) {
    return checkArgPaths(ctx, KUBE_APISERVER_CONFIG, 'apiServerArguments', [
      { name: 'tls-cert-file', expected: '/etc/kubernetes/static-pod-certs/secrets/service-network-serving-certkey/tls.crt' },
      { name: 'tls-private-key-file', expected: '/etc/kubernetes/static-pod-certs/secrets/service-network-serving-certkey/tls.key' },
    ], 'kube-apiserver serves a self-generated certificate');
  },
});
