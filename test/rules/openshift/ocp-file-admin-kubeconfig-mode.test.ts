// ocp-file-admin-kubeconfig-mode: /etc/kubernetes/kubeconfig is mode 600 or stricter
import rule from '../../../rules/openshift/ocp-file-admin-kubeconfig-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stat of the node kubeconfig "/etc/kubernetes/kubeconfig"' }] },
  { fixture: 'fail-0644', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:3:1', has: '"/etc/kubernetes/kubeconfig" has mode 0644, more permissive than 0600' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-0600', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'the node kubeconfig: "/etc/kubernetes/kubeconfig" has mode 0600' }] },
]);
