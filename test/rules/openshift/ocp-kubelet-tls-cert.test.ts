// ocp-kubelet-tls-cert: Kubelet serves TLS with a cluster-issued certificate
import rule from '../../../rules/openshift/ocp-kubelet-tls-cert.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-no-kubelet-config', want: [{ node: 'worker-2.prod-east.example.com', status: 'error', has: 'the kubelet configuration of node "worker-2.prod-east.example.com"' }] },
  { fixture: 'fail-self-signed', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'files/etc/kubernetes/kubelet.conf:21:25', has: 'serverTLSBootstrap is false' }] },
  { fixture: 'pass-certificate-files', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'the kubelet serves "/etc/kubernetes/pki/kubelet-serving.crt"' }] },
  { fixture: 'pass-configz', want: [{ node: 'worker-1.prod-east.example.com', status: 'pass', has: 'serverTLSBootstrap is true' }] },
  { fixture: 'pass-server-tls-bootstrap', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'serverTLSBootstrap is true' }] },
]);
