// kubelet-tls-cert
import rule from '../../../rules/kubelet/kubelet-tls-cert.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-config-files', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:15:14' }] },
  { fixture: 'pass-server-tls-bootstrap', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:15:21', has: 'requests its serving certificate from the cluster' }] },
  { fixture: 'fail-self-signed', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'serves a self-signed certificate' }] },
  { fixture: 'fail-only-certificate', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:1', has: 'only one of the TLS certificate and key is set' }] },
  { fixture: 'fail-bootstrap-with-gate-off', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'serverTLSBootstrap is true' }] },
]);
