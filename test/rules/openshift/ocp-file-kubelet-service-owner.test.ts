// ocp-file-kubelet-service-owner: Kubelet service files are owned by root:root
import rule from '../../../rules/openshift/ocp-file-kubelet-service-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'fail-unit-owned-by-core', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:69:1', has: '1 of 3 kubelet unit files fail: "/etc/systemd/system/kubelet.service" is owned by core:core, not root:root' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-root', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 3 kubelet unit files comply' }] },
]);
