// API server rules (CIS 1.2), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import apiserverAdmissionAlwaysAdmit from './apiserver-admission-always-admit.js';
import apiserverAdmissionAlwaysPullImages from './apiserver-admission-always-pull-images.js';
import apiserverAdmissionEventRateLimit from './apiserver-admission-event-rate-limit.js';
import apiserverAdmissionNamespaceLifecycle from './apiserver-admission-namespace-lifecycle.js';
import apiserverAdmissionNodeRestriction from './apiserver-admission-node-restriction.js';
import apiserverAdmissionServiceAccount from './apiserver-admission-service-account.js';
import apiserverAnonymousAuth from './apiserver-anonymous-auth.js';
import apiserverAuditLogMaxage from './apiserver-audit-log-maxage.js';
import apiserverAuditLogMaxbackup from './apiserver-audit-log-maxbackup.js';
import apiserverAuditLogMaxsize from './apiserver-audit-log-maxsize.js';
import apiserverAuditLogPath from './apiserver-audit-log-path.js';
import apiserverAuthorizationNode from './apiserver-authorization-node.js';
import apiserverAuthorizationNotAlwaysAllow from './apiserver-authorization-not-always-allow.js';
import apiserverAuthorizationRbac from './apiserver-authorization-rbac.js';
import apiserverClientCaFile from './apiserver-client-ca-file.js';
import apiserverDenyServiceExternalIps from './apiserver-deny-service-external-ips.js';
import apiserverEncryptionProviderConfig from './apiserver-encryption-provider-config.js';
import apiserverEncryptionProviders from './apiserver-encryption-providers.js';
import apiserverEtcdCafile from './apiserver-etcd-cafile.js';
import apiserverEtcdClientCert from './apiserver-etcd-client-cert.js';
import apiserverKubeletCertificateAuthority from './apiserver-kubelet-certificate-authority.js';
import apiserverKubeletClientCert from './apiserver-kubelet-client-cert.js';
import apiserverProfiling from './apiserver-profiling.js';
import apiserverRequestTimeout from './apiserver-request-timeout.js';
import apiserverServiceAccountExtendTokenExpiration from './apiserver-service-account-extend-token-expiration.js';
import apiserverServiceAccountKeyFile from './apiserver-service-account-key-file.js';
import apiserverServiceAccountLookup from './apiserver-service-account-lookup.js';
import apiserverTlsCert from './apiserver-tls-cert.js';
import apiserverTlsCipherSuites from './apiserver-tls-cipher-suites.js';
import apiserverTlsCipherSuitesCbcAllowed from './apiserver-tls-cipher-suites-cbc-allowed.js';
import apiserverTokenAuthFile from './apiserver-token-auth-file.js';

export const apiserverRules: Readonly<Record<string, Rule>> = {
  'apiserver-admission-always-admit': apiserverAdmissionAlwaysAdmit,
  'apiserver-admission-always-pull-images': apiserverAdmissionAlwaysPullImages,
  'apiserver-admission-event-rate-limit': apiserverAdmissionEventRateLimit,
  'apiserver-admission-namespace-lifecycle': apiserverAdmissionNamespaceLifecycle,
  'apiserver-admission-node-restriction': apiserverAdmissionNodeRestriction,
  'apiserver-admission-service-account': apiserverAdmissionServiceAccount,
  'apiserver-anonymous-auth': apiserverAnonymousAuth,
  'apiserver-audit-log-maxage': apiserverAuditLogMaxage,
  'apiserver-audit-log-maxbackup': apiserverAuditLogMaxbackup,
  'apiserver-audit-log-maxsize': apiserverAuditLogMaxsize,
  'apiserver-audit-log-path': apiserverAuditLogPath,
  'apiserver-authorization-node': apiserverAuthorizationNode,
  'apiserver-authorization-not-always-allow': apiserverAuthorizationNotAlwaysAllow,
  'apiserver-authorization-rbac': apiserverAuthorizationRbac,
  'apiserver-client-ca-file': apiserverClientCaFile,
  'apiserver-deny-service-external-ips': apiserverDenyServiceExternalIps,
  'apiserver-encryption-provider-config': apiserverEncryptionProviderConfig,
  'apiserver-encryption-providers': apiserverEncryptionProviders,
  'apiserver-etcd-cafile': apiserverEtcdCafile,
  'apiserver-etcd-client-cert': apiserverEtcdClientCert,
  'apiserver-kubelet-certificate-authority': apiserverKubeletCertificateAuthority,
  'apiserver-kubelet-client-cert': apiserverKubeletClientCert,
  'apiserver-profiling': apiserverProfiling,
  'apiserver-request-timeout': apiserverRequestTimeout,
  'apiserver-service-account-extend-token-expiration': apiserverServiceAccountExtendTokenExpiration,
  'apiserver-service-account-key-file': apiserverServiceAccountKeyFile,
  'apiserver-service-account-lookup': apiserverServiceAccountLookup,
  'apiserver-tls-cert': apiserverTlsCert,
  'apiserver-tls-cipher-suites': apiserverTlsCipherSuites,
  'apiserver-tls-cipher-suites-cbc-allowed': apiserverTlsCipherSuitesCbcAllowed,
  'apiserver-token-auth-file': apiserverTokenAuthFile,
};
