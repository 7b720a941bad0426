// kubelet-tls-cipher-suites
import rule from '../../../rules/kubelet/kubelet-tls-cipher-suites.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-strong-list', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:15:1', has: 'all 3 cipher suites are strong' }] },
  { fixture: 'fail-weak-suite', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:15:1', has: 'weak cipher suites offered: "TLS_RSA_WITH_AES_128_CBC_SHA"' }] },
  { fixture: 'fail-not-set', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'Go\'s default list' }] },
  { fixture: 'pass-tls13-minimum', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:15:16' }] },
  // The EKS node image also offers TLS_RSA_WITH_AES_*_GCM, which CIS 1.11 accepted and 1.12 no longer does.
  { fixture: 'fail-eks-ami-rsa-suites', want: [{ node: 'ip-10-0-12-34.eu-west-1.compute.internal', status: 'fail', at: 'files/etc/kubernetes/kubelet/kubelet-config.json:35:5', has: '"TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_GCM_SHA256"' }] },
  { fixture: 'fail-flag-overrides-config', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:232', has: '"TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA" (from the --tls-cipher-suites flag)' }] },
]);
