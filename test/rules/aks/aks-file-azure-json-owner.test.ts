// aks-file-azure-json-owner: provider node bundles (EKS, AKS, GKE) and nodes known only through the API.
import rule from '../../../rules/aks/aks-file-azure-json-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const AKS = 'aks-nodepool1-12345678-vmss000000';

nodeRuleSuite(rule, 'aks', [
  { fixture: 'pass-root', want: [{ node: AKS, status: 'pass', at: 'stats.tsv:3:1', has: 'owner root:root' }] },
  { fixture: 'fail-azureuser', want: [{ node: AKS, status: 'fail', at: 'stats.tsv:3:1', has: 'is owned by azureuser:azureuser, not root:root' }] },
  { fixture: 'manual-api-only', want: [{ node: AKS, status: 'manual', has: 'known only through the API' }] },
]);
