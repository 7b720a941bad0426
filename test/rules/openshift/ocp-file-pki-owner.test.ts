// ocp-file-pki-owner: Control plane certificates and keys are owned by root:root
import rule from '../../../rules/openshift/ocp-file-pki-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stats of "/etc/kubernetes/static-pod-resources" are missing from the bundle' }] },
  { fixture: 'fail-secret-folder-owned-by-core', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:23:1', has: '1 of 20 files and folders fail: "/etc/kubernetes/static-pod-resources/kube-apiserver-certs/secrets/kubelet-cli' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-root', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 20 files and folders comply' }] },
]);
