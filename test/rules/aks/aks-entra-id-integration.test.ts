// aks-entra-id-integration: manual; RBAC subjects named by Entra object IDs are evidence.
import rule from '../../../rules/aks/aks-entra-id-integration.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'aks', [
  { fixture: 'manual-entra-object-ids.yaml', status: 'manual', at: '13:11', says: ['2 RBAC subjects named by a Microsoft Entra object ID in ClusterRoleBinding "aks-cluster-admin-binding-aad" and RoleBinding "shop/shop-developers"', 'disableLocalAccounts'] },
  { fixture: 'manual-no-entra-subjects.yaml', status: 'manual', says: ['no RBAC binding in the input names a Microsoft Entra object ID'] },
]);
