// ocp-file-pki-key-mode: Control plane private keys are mode 600 or stricter
import rule from '../../../rules/openshift/ocp-file-pki-key-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stats of "/etc/kubernetes/static-pod-resources" are missing from the bundle' }] },
  { fixture: 'fail-key-0640', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:25:1', has: '1 of 6 private key files' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'not-applicable-no-secrets', want: [{ node: 'master-0.prod-east.example.com', status: 'not-applicable', at: 'stats.tsv:11:1', has: 'no private key files' }] },
  { fixture: 'pass-0600', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'all 6 private key files' }] },
]);
