// ocp-file-pki-cert-mode: Control plane certificate files are mode 600 or stricter
import rule from '../../../rules/openshift/ocp-file-pki-cert-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stats of "/etc/kubernetes/static-pod-resources" are missing from the bundle' }] },
  { fixture: 'fail-cert-0644', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:38:1', has: '1 of 5 certificate files' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-0600', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 5 certificate files' }] },
]);
