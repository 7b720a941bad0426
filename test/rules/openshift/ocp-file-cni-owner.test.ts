// ocp-file-cni-owner: CNI files are owned by root:root
import rule from '../../../rules/openshift/ocp-file-cni-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'fail-cni-conf-owned-by-core', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:57:1', has: '1 of 13 CNI files and folders are not owned by root:root' }] },
  { fixture: 'fail-openvswitch-outside-ovs-folders', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:59:1', has: '1 of 13 CNI files and folders are not owned by root:root' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-root-and-openvswitch', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 13 CNI files and folders have the expected owner' }] },
]);
