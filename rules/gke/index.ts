// Google GKE rules (settings of the managed service), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import gkeAlphaClustersNotUsed from './gke-alpha-clusters-not-used.js';
import gkeBinaryAuthorization from './gke-binary-authorization.js';
import gkeClientCertificateAuthDisabled from './gke-client-certificate-auth-disabled.js';
import gkeCmekBootDisks from './gke-cmek-boot-disks.js';
import gkeCmekPersistentDisks from './gke-cmek-persistent-disks.js';
import gkeControlPlaneAuthorizedNetworks from './gke-control-plane-authorized-networks.js';
import gkeEndpointPrivate from './gke-endpoint-private.js';
import gkeGoogleGroupsRbac from './gke-google-groups-rbac.js';
import gkeImageVulnerabilityScanning from './gke-image-vulnerability-scanning.js';
import gkeLegacyAbacDisabled from './gke-legacy-abac-disabled.js';
import gkeLinuxAuditdLogging from './gke-linux-auditd-logging.js';
import gkeLoggingMonitoring from './gke-logging-monitoring.js';
import gkeManagedSslCertificates from './gke-managed-ssl-certificates.js';
import gkeMetadataServer from './gke-metadata-server.js';
import gkeNodeAutoRepair from './gke-node-auto-repair.js';
import gkeNodeAutoUpgrade from './gke-node-auto-upgrade.js';
import gkeNodeFirewall from './gke-node-firewall.js';
import gkeNodeImageCos from './gke-node-image-cos.js';
import gkeNodeServiceAccountNotDefault from './gke-node-service-account-not-default.js';
import gkePrivateNodes from './gke-private-nodes.js';
import gkeRegistryClusterReadOnly from './gke-registry-cluster-read-only.js';
import gkeRegistryUserAccess from './gke-registry-user-access.js';
import gkeReleaseChannel from './gke-release-channel.js';
import gkeSandbox from './gke-sandbox.js';
import gkeSecretsKmsEncryption from './gke-secrets-kms-encryption.js';
import gkeSecurityPosture from './gke-security-posture.js';
import gkeShieldedNodes from './gke-shielded-nodes.js';
import gkeShieldedNodesIntegrityMonitoring from './gke-shielded-nodes-integrity-monitoring.js';
import gkeShieldedNodesSecureBoot from './gke-shielded-nodes-secure-boot.js';
import gkeVpcFlowLogs from './gke-vpc-flow-logs.js';
import gkeVpcNative from './gke-vpc-native.js';
import gkeWebUiDisabled from './gke-web-ui-disabled.js';
import gkeWorkloadIdentity from './gke-workload-identity.js';

export const gkeRules: Readonly<Record<string, Rule>> = {
  'gke-alpha-clusters-not-used': gkeAlphaClustersNotUsed,
  'gke-binary-authorization': gkeBinaryAuthorization,
  'gke-client-certificate-auth-disabled': gkeClientCertificateAuthDisabled,
  'gke-cmek-boot-disks': gkeCmekBootDisks,
  'gke-cmek-persistent-disks': gkeCmekPersistentDisks,
  'gke-control-plane-authorized-networks': gkeControlPlaneAuthorizedNetworks,
  'gke-endpoint-private': gkeEndpointPrivate,
  'gke-google-groups-rbac': gkeGoogleGroupsRbac,
  'gke-image-vulnerability-scanning': gkeImageVulnerabilityScanning,
  'gke-legacy-abac-disabled': gkeLegacyAbacDisabled,
  'gke-linux-auditd-logging': gkeLinuxAuditdLogging,
  'gke-logging-monitoring': gkeLoggingMonitoring,
  'gke-managed-ssl-certificates': gkeManagedSslCertificates,
  'gke-metadata-server': gkeMetadataServer,
  'gke-node-auto-repair': gkeNodeAutoRepair,
  'gke-node-auto-upgrade': gkeNodeAutoUpgrade,
  'gke-node-firewall': gkeNodeFirewall,
  'gke-node-image-cos': gkeNodeImageCos,
  'gke-node-service-account-not-default': gkeNodeServiceAccountNotDefault,
  'gke-private-nodes': gkePrivateNodes,
  'gke-registry-cluster-read-only': gkeRegistryClusterReadOnly,
  'gke-registry-user-access': gkeRegistryUserAccess,
  'gke-release-channel': gkeReleaseChannel,
  'gke-sandbox': gkeSandbox,
  'gke-secrets-kms-encryption': gkeSecretsKmsEncryption,
  'gke-security-posture': gkeSecurityPosture,
  'gke-shielded-nodes': gkeShieldedNodes,
  'gke-shielded-nodes-integrity-monitoring': gkeShieldedNodesIntegrityMonitoring,
  'gke-shielded-nodes-secure-boot': gkeShieldedNodesSecureBoot,
  'gke-vpc-flow-logs': gkeVpcFlowLogs,
  'gke-vpc-native': gkeVpcNative,
  'gke-web-ui-disabled': gkeWebUiDisabled,
  'gke-workload-identity': gkeWorkloadIdentity,
};
