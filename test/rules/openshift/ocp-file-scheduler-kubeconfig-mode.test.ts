// ocp-file-scheduler-kubeconfig-mode: kube-scheduler kubeconfig files are mode 600 or stricter
import rule from '../../../rules/openshift/ocp-file-scheduler-kubeconfig-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stats of "/etc/kubernetes/static-pod-resources" are missing from the bundle' }] },
  { fixture: 'fail-revision-0644', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:52:1', has: '1 of 1 copies of the scheduler\'s kubeconfig fail: "/etc/kubernetes/static-pod-resources/kube-scheduler-pod-7/c' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'not-applicable-no-copies', want: [{ node: 'master-0.prod-east.example.com', status: 'not-applicable', at: 'stats.tsv:11:1', has: 'no copy of the scheduler\'s kubeconfig' }] },
  { fixture: 'pass-all-0600', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 1 copies of the scheduler\'s kubeconfig comply' }] },
]);
