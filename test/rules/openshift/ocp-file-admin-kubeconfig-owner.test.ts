// ocp-file-admin-kubeconfig-owner: /etc/kubernetes/kubeconfig is owned by root:root
import rule from '../../../rules/openshift/ocp-file-admin-kubeconfig-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'fail-core', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:3:1', has: '"/etc/kubernetes/kubeconfig" is owned by core:core, not root:root' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-root', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'the node kubeconfig: "/etc/kubernetes/kubeconfig" has owner root:root' }] },
]);
