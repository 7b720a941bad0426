// ocp-file-apiserver-pod-owner: kube-apiserver pod specification files are owned by root:root
import rule from '../../../rules/openshift/ocp-file-apiserver-pod-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stats of "/etc/kubernetes/static-pod-resources" are missing from the bundle' }] },
  { fixture: 'fail-revision-owned-by-core', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:30:1', has: '1 of 3 copies of the kube-apiserver pod specification fail: "/etc/kubernetes/static-pod-resources/kube-apiserv' }] },
  { fixture: 'fail-uid-without-names', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:30:1', has: '1 of 3 copies of the kube-apiserver pod specification fail: "/etc/kubernetes/static-pod-resources/kube-apiserv' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-root', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 3 copies of the kube-apiserver pod specification comply' }] },
]);
