// kubelet-rotate-server-certificates
import rule from '../../../rules/kubelet/kubelet-rotate-server-certificates.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-bootstrap-gate-default', want: [{ node: 'worker-1', status: 'pass', has: 'RotateKubeletServerCertificate is true (from the v1.31 default of feature gate' }] },
  { fixture: 'fail-gate-off-in-config', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:17:35' }] },
  { fixture: 'fail-gate-flag-overrides-config', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:232', has: 'from --feature-gates=RotateKubeletServerCertificate=false' }] },
  { fixture: 'manual-no-server-tls-bootstrap', want: [{ node: 'worker-1', status: 'manual', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'does not renew its serving certificate itself' }] },
  { fixture: 'pass-rotate-server-certificates-flag', want: [{ node: 'worker-1', status: 'pass', has: 'serverTLSBootstrap is true (from the --rotate-server-certificates flag)' }] },
]);
