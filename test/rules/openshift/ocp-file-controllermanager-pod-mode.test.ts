// ocp-file-controllermanager-pod-mode: kube-controller-manager pod specification files are mode 600 or stricter
import rule from '../../../rules/openshift/ocp-file-controllermanager-pod-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stats of "/etc/kubernetes/static-pod-resources" are missing from the bundle' }] },
  { fixture: 'fail-manifest-0640', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:9:1', has: '1 of 2 copies of the kube-controller-manager pod specification fail: "/etc/kubernetes/manifests/kube-controlle' }] },
  { fixture: 'fail-revision-0644', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:41:1', has: '1 of 2 copies of the kube-controller-manager pod specification fail: "/etc/kubernetes/static-pod-resources/kub' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'not-applicable-no-copies', want: [{ node: 'master-0.prod-east.example.com', status: 'not-applicable', at: 'stats.tsv:10:1', has: 'no copy of the kube-controller-manager pod specification' }] },
  { fixture: 'pass-all-0600', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 2 copies of the kube-controller-manager pod specification comply' }] },
]);
