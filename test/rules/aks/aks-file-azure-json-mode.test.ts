// aks-file-azure-json-mode: provider node bundles (EKS, AKS, GKE) and nodes known only through the API.
import rule from '../../../rules/aks/aks-file-azure-json-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const AKS = 'aks-nodepool1-12345678-vmss000000';

nodeRuleSuite(rule, 'aks', [
  { fixture: 'pass-600', want: [{ node: AKS, status: 'pass', at: 'stats.tsv:3:1', has: '"/etc/kubernetes/azure.json" has mode 0600' }] },
  { fixture: 'fail-666', want: [{ node: AKS, status: 'fail', at: 'stats.tsv:3:1', has: 'mode 0666, more permissive than 0644' }] },
  { fixture: 'not-applicable-missing', want: [{ node: AKS, status: 'not-applicable', at: 'stats.tsv:3:1', has: 'does not exist on the node' }] },
  { fixture: 'error-not-collected', want: [{ node: AKS, status: 'error', has: 'is missing from the bundle' }] },
  { fixture: 'manual-api-only', want: [{ node: AKS, status: 'manual', has: 'known only through the API' }] },
]);
