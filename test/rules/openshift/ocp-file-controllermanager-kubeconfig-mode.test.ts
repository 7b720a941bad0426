// ocp-file-controllermanager-kubeconfig-mode: kube-controller-manager kubeconfig files are mode 600 or stricter
import rule from '../../../rules/openshift/ocp-file-controllermanager-kubeconfig-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stats of "/etc/kubernetes/static-pod-resources" are missing from the bundle' }] },
  { fixture: 'fail-revision-0644', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:44:1', has: '1 of 1 copies of the controller manager\'s kubeconfig fail: "/etc/kubernetes/static-pod-resources/kube-controll' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'not-applicable-no-copies', want: [{ node: 'master-0.prod-east.example.com', status: 'not-applicable', at: 'stats.tsv:11:1', has: 'no copy of the controller manager\'s kubeconfig' }] },
  { fixture: 'pass-all-0600', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 1 copies of the controller manager\'s kubeconfig comply' }] },
]);
