// ocp-kubelet-tls-cipher-suites: Kubelet offers only strong TLS cipher suites
import rule from '../../../rules/openshift/ocp-kubelet-tls-cipher-suites.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-no-kubelet-config', want: [{ node: 'worker-2.prod-east.example.com', status: 'error', has: 'the kubelet configuration of node "worker-2.prod-east.example.com"' }] },
  { fixture: 'fail-cbc-suite', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'files/etc/kubernetes/kubelet.conf:8:3', has: 'weak cipher suites are offered: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"' }] },
  { fixture: 'fail-no-suites', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'files/etc/kubernetes/kubelet.conf:1:1', has: 'no cipher suites are set, so Go\'s default list' }] },
  { fixture: 'fail-old-profile', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'files/etc/kubernetes/kubelet.conf:13:20', has: 'tlsMinVersion is "VersionTLS10"' }] },
  { fixture: 'pass-intermediate-profile', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 9 cipher suites are strong' }] },
  { fixture: 'pass-modern-configz', want: [{ node: 'worker-1.prod-east.example.com', status: 'pass', has: 'tlsMinVersion is "VersionTLS13"' }] },
]);
