// ocp-file-kubelet-service-mode: Kubelet service files are mode 644 or stricter
import rule from '../../../rules/openshift/ocp-file-kubelet-service-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'fail-drop-in-0666', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:72:1', has: '1 of 3 kubelet unit files fail: "/etc/systemd/system/kubelet.service.d/20-nodenet.conf" has mode 0666, more pe' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-0644', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 3 kubelet unit files comply' }] },
]);
