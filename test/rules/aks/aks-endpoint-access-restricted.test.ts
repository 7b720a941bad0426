// aks-endpoint-access-restricted: only Azure shows the setting, so the verdict is manual; the cluster bundle fills in the command (resource group from the node resource group).
import rule from '../../../rules/aks/aks-endpoint-access-restricted.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'aks', [
  { fixture: 'manual-aks-cluster-bundle', status: 'manual', says: ['authorizedIpRanges', '--resource-group rg-prod --name aks-prod', 'nothing in the input shows this setting'] },
  { fixture: 'manual-manifests-only.yaml', status: 'manual', says: ['--resource-group <resource-group> --name <cluster>'], not: ['rg-prod'] },
]);
