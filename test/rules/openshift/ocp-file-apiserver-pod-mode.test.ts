// ocp-file-apiserver-pod-mode: kube-apiserver pod specification files are mode 600 or stricter
import rule from '../../../rules/openshift/ocp-file-apiserver-pod-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stats of "/etc/kubernetes/static-pod-resources" are missing from the bundle' }] },
  { fixture: 'fail-manifest-0640', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:8:1', has: '1 of 3 copies of the kube-apiserver pod specification fail: "/etc/kubernetes/manifests/kube-apiserver-pod.yaml' }] },
  { fixture: 'fail-revision-0644', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:30:1', has: '1 of 3 copies of the kube-apiserver pod specification fail: "/etc/kubernetes/static-pod-resources/kube-apiserv' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'not-applicable-no-copies', want: [{ node: 'master-0.prod-east.example.com', status: 'not-applicable', at: 'stats.tsv:10:1', has: 'no copy of the kube-apiserver pod specification' }] },
  { fixture: 'pass-all-0600', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 3 copies of the kube-apiserver pod specification comply' }] },
]);
