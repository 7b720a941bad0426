// aks-dedicated-service-accounts: manual; workload identity annotations and webhook are evidence.
import rule from '../../../rules/aks/aks-dedicated-service-accounts.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'aks', [
  { fixture: 'manual-workload-identity.yaml', status: 'manual', at: '8:40', says: ['1 ServiceAccount annotated azure.workload.identity/client-id ("shop/blob-writer")', 'Deployment "kube-system/azure-wi-webhook-controller-manager" (workload identity webhook)'], not: ['11111111-2222'] },
  { fixture: 'manual-no-workload-identity.yaml', status: 'manual', says: ['no ServiceAccount has an azure.workload.identity/client-id annotation'] },
]);
