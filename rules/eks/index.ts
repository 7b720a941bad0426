// Amazon EKS rules (settings of the managed service), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import eksAuditLogCollection from './eks-audit-log-collection.js';
import eksClusterAccessManager from './eks-cluster-access-manager.js';
import eksControlPlaneAuditLogs from './eks-control-plane-audit-logs.js';
import eksDedicatedServiceAccounts from './eks-dedicated-service-accounts.js';
import eksEcrClusterReadOnly from './eks-ecr-cluster-read-only.js';
import eksEcrImageScanning from './eks-ecr-image-scanning.js';
import eksEcrUserAccess from './eks-ecr-user-access.js';
import eksEndpointAccessRestricted from './eks-endpoint-access-restricted.js';
import eksEndpointPrivate from './eks-endpoint-private.js';
import eksIamAuthenticator from './eks-iam-authenticator.js';
import eksLoadBalancerTls from './eks-load-balancer-tls.js';
import eksNetworkPolicyEnabled from './eks-network-policy-enabled.js';
import eksPrivateNodes from './eks-private-nodes.js';
import eksSecretsKmsEncryption from './eks-secrets-kms-encryption.js';

export const eksRules: Readonly<Record<string, Rule>> = {
  'eks-audit-log-collection': eksAuditLogCollection,
  'eks-cluster-access-manager': eksClusterAccessManager,
  'eks-control-plane-audit-logs': eksControlPlaneAuditLogs,
  'eks-dedicated-service-accounts': eksDedicatedServiceAccounts,
  'eks-ecr-cluster-read-only': eksEcrClusterReadOnly,
  'eks-ecr-image-scanning': eksEcrImageScanning,
  'eks-ecr-user-access': eksEcrUserAccess,
  'eks-endpoint-access-restricted': eksEndpointAccessRestricted,
  'eks-endpoint-private': eksEndpointPrivate,
  'eks-iam-authenticator': eksIamAuthenticator,
  'eks-load-balancer-tls': eksLoadBalancerTls,
  'eks-network-policy-enabled': eksNetworkPolicyEnabled,
  'eks-private-nodes': eksPrivateNodes,
  'eks-secrets-kms-encryption': eksSecretsKmsEncryption,
};
