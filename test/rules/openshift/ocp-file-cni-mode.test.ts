// ocp-file-cni-mode: CNI files are mode 600 or stricter
import rule from '../../../rules/openshift/ocp-file-cni-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-multus-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stats of CNI folder "/var/run/multus/cni/net.d" are missing from the bundle' }] },
  { fixture: 'fail-multus-conf-0644', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:61:1', has: '1 of 7 CNI files fail: "/var/run/multus/cni/net.d/10-ovn-kubernetes.conf" has mode 0644, more permissive than ' }] },
  { fixture: 'fail-ovs-pid-file-0644', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:64:1', has: '1 of 7 CNI files fail: "/var/run/openvswitch/ovs-vswitchd.pid" has mode 0644, more permissive than 0600' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-all-0600', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 7 CNI files comply' }] },
]);
