// aks-acr-cluster-read-only: manual; the ACR registries in use are evidence.
import rule from '../../../rules/aks/aks-acr-cluster-read-only.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'aks', [
  { fixture: 'manual-acr-images.yaml', status: 'manual', at: '12:18', says: ['2 container images from Azure Container Registry "acmeprod.azurecr.io" (2)'], not: ['mcr.microsoft.com'] },
  { fixture: 'manual-no-acr-images.yaml', status: 'manual', says: ['no container image in the input comes from Azure Container Registry'] },
]);
