// Azure AKS rules (settings of the managed service and AKS node files), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import aksAcrClusterReadOnly from './aks-acr-cluster-read-only.js';
import aksAcrUserAccess from './aks-acr-user-access.js';
import aksAzureRbac from './aks-azure-rbac.js';
import aksCniLatestVersion from './aks-cni-latest-version.js';
import aksControlPlaneAuditLogs from './aks-control-plane-audit-logs.js';
import aksDedicatedServiceAccounts from './aks-dedicated-service-accounts.js';
import aksEndpointAccessRestricted from './aks-endpoint-access-restricted.js';
import aksEndpointPrivate from './aks-endpoint-private.js';
import aksEntraIdIntegration from './aks-entra-id-integration.js';
import aksFileAzureJsonMode from './aks-file-azure-json-mode.js';
import aksFileAzureJsonOwner from './aks-file-azure-json-owner.js';
import aksImageVulnerabilityScanning from './aks-image-vulnerability-scanning.js';
import aksLoadBalancerTls from './aks-load-balancer-tls.js';
import aksNetworkPolicyEnabled from './aks-network-policy-enabled.js';
import aksPrivateNodes from './aks-private-nodes.js';
import aksSecretsKmsEncryption from './aks-secrets-kms-encryption.js';

export const aksRules: Readonly<Record<string, Rule>> = {
  'aks-acr-cluster-read-only': aksAcrClusterReadOnly,
  'aks-acr-user-access': aksAcrUserAccess,
  'aks-azure-rbac': aksAzureRbac,
  'aks-cni-latest-version': aksCniLatestVersion,
  'aks-control-plane-audit-logs': aksControlPlaneAuditLogs,
  'aks-dedicated-service-accounts': aksDedicatedServiceAccounts,
  'aks-endpoint-access-restricted': aksEndpointAccessRestricted,
  'aks-endpoint-private': aksEndpointPrivate,
  'aks-entra-id-integration': aksEntraIdIntegration,
  'aks-file-azure-json-mode': aksFileAzureJsonMode,
  'aks-file-azure-json-owner': aksFileAzureJsonOwner,
  'aks-image-vulnerability-scanning': aksImageVulnerabilityScanning,
  'aks-load-balancer-tls': aksLoadBalancerTls,
  'aks-network-policy-enabled': aksNetworkPolicyEnabled,
  'aks-private-nodes': aksPrivateNodes,
  'aks-secrets-kms-encryption': aksSecretsKmsEncryption,
};
