// OpenShift (rh-1.8) rules: operator configs, SecurityContextConstraints, audit, and node files, sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import ocpApiserverAdmissionAlwaysAdmit from './ocp-apiserver-admission-always-admit.js';
import ocpApiserverAdmissionAlwaysPullImages from './ocp-apiserver-admission-always-pull-images.js';
import ocpApiserverAdmissionNamespaceLifecycle from './ocp-apiserver-admission-namespace-lifecycle.js';
import ocpApiserverAdmissionNodeRestriction from './ocp-apiserver-admission-node-restriction.js';
import ocpApiserverAdmissionScc from './ocp-apiserver-admission-scc.js';
import ocpApiserverAdmissionServiceAccount from './ocp-apiserver-admission-service-account.js';
import ocpApiserverAnonymousAccess from './ocp-apiserver-anonymous-access.js';
import ocpApiserverAuditLogMaxbackup from './ocp-apiserver-audit-log-maxbackup.js';
import ocpApiserverAuditLogMaxsize from './ocp-apiserver-audit-log-maxsize.js';
import ocpApiserverAuditLogPath from './ocp-apiserver-audit-log-path.js';
import ocpApiserverAuthorizationNotAlwaysAllow from './ocp-apiserver-authorization-not-always-allow.js';
import ocpApiserverAuthorizationRbac from './ocp-apiserver-authorization-rbac.js';
import ocpApiserverClientCaFile from './ocp-apiserver-client-ca-file.js';
import ocpApiserverEncryption from './ocp-apiserver-encryption.js';
import ocpApiserverEtcdCafile from './ocp-apiserver-etcd-cafile.js';
import ocpApiserverEtcdClientCert from './ocp-apiserver-etcd-client-cert.js';
import ocpApiserverHealthzRbac from './ocp-apiserver-healthz-rbac.js';
import ocpApiserverInsecureBindAddress from './ocp-apiserver-insecure-bind-address.js';
import ocpApiserverInsecurePort from './ocp-apiserver-insecure-port.js';
import ocpApiserverKubeletCertificateAuthority from './ocp-apiserver-kubelet-certificate-authority.js';
import ocpApiserverKubeletClientCert from './ocp-apiserver-kubelet-client-cert.js';
import ocpApiserverKubeletHttps from './ocp-apiserver-kubelet-https.js';
import ocpApiserverPriorityAndFairness from './ocp-apiserver-priority-and-fairness.js';
import ocpApiserverRequestTimeout from './ocp-apiserver-request-timeout.js';
import ocpApiserverSecurePort from './ocp-apiserver-secure-port.js';
import ocpApiserverServiceAccountKeyFile from './ocp-apiserver-service-account-key-file.js';
import ocpApiserverServiceAccountLookup from './ocp-apiserver-service-account-lookup.js';
import ocpApiserverTlsCert from './ocp-apiserver-tls-cert.js';
import ocpApiserverTlsCipherSuites from './ocp-apiserver-tls-cipher-suites.js';
import ocpApiserverUnsupportedConfigOverrides from './ocp-apiserver-unsupported-config-overrides.js';
import ocpAuditLogForwarding from './ocp-audit-log-forwarding.js';
import ocpAuditProfile from './ocp-audit-profile.js';
import ocpAuditProfileCoverage from './ocp-audit-profile-coverage.js';
import ocpControllermanagerHealthzRbac from './ocp-controllermanager-healthz-rbac.js';
import ocpControllermanagerRootCaFile from './ocp-controllermanager-root-ca-file.js';
import ocpControllermanagerServiceAccountPrivateKeyFile from './ocp-controllermanager-service-account-private-key-file.js';
import ocpControllermanagerUseServiceAccountCredentials from './ocp-controllermanager-use-service-account-credentials.js';
import ocpFileAdminKubeconfigMode from './ocp-file-admin-kubeconfig-mode.js';
import ocpFileAdminKubeconfigOwner from './ocp-file-admin-kubeconfig-owner.js';
import ocpFileApiserverPodMode from './ocp-file-apiserver-pod-mode.js';
import ocpFileApiserverPodOwner from './ocp-file-apiserver-pod-owner.js';
import ocpFileCniMode from './ocp-file-cni-mode.js';
import ocpFileCniOwner from './ocp-file-cni-owner.js';
import ocpFileControllermanagerKubeconfigMode from './ocp-file-controllermanager-kubeconfig-mode.js';
import ocpFileControllermanagerKubeconfigOwner from './ocp-file-controllermanager-kubeconfig-owner.js';
import ocpFileControllermanagerPodMode from './ocp-file-controllermanager-pod-mode.js';
import ocpFileControllermanagerPodOwner from './ocp-file-controllermanager-pod-owner.js';
import ocpFileEtcdDataDirMode from './ocp-file-etcd-data-dir-mode.js';
import ocpFileEtcdDataDirOwner from './ocp-file-etcd-data-dir-owner.js';
import ocpFileEtcdPodMode from './ocp-file-etcd-pod-mode.js';
import ocpFileEtcdPodOwner from './ocp-file-etcd-pod-owner.js';
import ocpFileKubeletServiceMode from './ocp-file-kubelet-service-mode.js';
import ocpFileKubeletServiceOwner from './ocp-file-kubelet-service-owner.js';
import ocpFilePkiCertMode from './ocp-file-pki-cert-mode.js';
import ocpFilePkiKeyMode from './ocp-file-pki-key-mode.js';
import ocpFilePkiOwner from './ocp-file-pki-owner.js';
import ocpFileProxyConfigMode from './ocp-file-proxy-config-mode.js';
import ocpFileProxyConfigOwner from './ocp-file-proxy-config-owner.js';
import ocpFileSchedulerKubeconfigMode from './ocp-file-scheduler-kubeconfig-mode.js';
import ocpFileSchedulerKubeconfigOwner from './ocp-file-scheduler-kubeconfig-owner.js';
import ocpFileSchedulerPodMode from './ocp-file-scheduler-pod-mode.js';
import ocpFileSchedulerPodOwner from './ocp-file-scheduler-pod-owner.js';
import ocpImageProvenance from './ocp-image-provenance.js';
import ocpKubeletTlsCert from './ocp-kubelet-tls-cert.js';
import ocpKubeletTlsCipherSuites from './ocp-kubelet-tls-cipher-suites.js';
import ocpSccAddedCapabilities from './ocp-scc-added-capabilities.js';
import ocpSccAllowPrivilegeEscalation from './ocp-scc-allow-privilege-escalation.js';
import ocpSccCapabilitiesDropAll from './ocp-scc-capabilities-drop-all.js';
import ocpSccHostIpc from './ocp-scc-host-ipc.js';
import ocpSccHostNetwork from './ocp-scc-host-network.js';
import ocpSccHostPid from './ocp-scc-host-pid.js';
import ocpSccNetRaw from './ocp-scc-net-raw.js';
import ocpSccPrivileged from './ocp-scc-privileged.js';
import ocpSccPrivilegedAccess from './ocp-scc-privileged-access.js';
import ocpSccRoot from './ocp-scc-root.js';
import ocpSchedulerApiRbac from './ocp-scheduler-api-rbac.js';
import ocpSchedulerHealthzRbac from './ocp-scheduler-healthz-rbac.js';

export const openshiftRules: Readonly<Record<string, Rule>> = {
  'ocp-apiserver-admission-always-admit': ocpApiserverAdmissionAlwaysAdmit,
  'ocp-apiserver-admission-always-pull-images': ocpApiserverAdmissionAlwaysPullImages,
  'ocp-apiserver-admission-namespace-lifecycle': ocpApiserverAdmissionNamespaceLifecycle,
  'ocp-apiserver-admission-node-restriction': ocpApiserverAdmissionNodeRestriction,
  'ocp-apiserver-admission-scc': ocpApiserverAdmissionScc,
  'ocp-apiserver-admission-service-account': ocpApiserverAdmissionServiceAccount,
  'ocp-apiserver-anonymous-access': ocpApiserverAnonymousAccess,
  'ocp-apiserver-audit-log-maxbackup': ocpApiserverAuditLogMaxbackup,
  'ocp-apiserver-audit-log-maxsize': ocpApiserverAuditLogMaxsize,
  'ocp-apiserver-audit-log-path': ocpApiserverAuditLogPath,
  'ocp-apiserver-authorization-not-always-allow': ocpApiserverAuthorizationNotAlwaysAllow,
  'ocp-apiserver-authorization-rbac': ocpApiserverAuthorizationRbac,
  'ocp-apiserver-client-ca-file': ocpApiserverClientCaFile,
  'ocp-apiserver-encryption': ocpApiserverEncryption,
  'ocp-apiserver-etcd-cafile': ocpApiserverEtcdCafile,
  'ocp-apiserver-etcd-client-cert': ocpApiserverEtcdClientCert,
  'ocp-apiserver-healthz-rbac': ocpApiserverHealthzRbac,
  'ocp-apiserver-insecure-bind-address': ocpApiserverInsecureBindAddress,
  'ocp-apiserver-insecure-port': ocpApiserverInsecurePort,
  'ocp-apiserver-kubelet-certificate-authority': ocpApiserverKubeletCertificateAuthority,
  'ocp-apiserver-kubelet-client-cert': ocpApiserverKubeletClientCert,
  'ocp-apiserver-kubelet-https': ocpApiserverKubeletHttps,
  'ocp-apiserver-priority-and-fairness': ocpApiserverPriorityAndFairness,
  'ocp-apiserver-request-timeout': ocpApiserverRequestTimeout,
  'ocp-apiserver-secure-port': ocpApiserverSecurePort,
  'ocp-apiserver-service-account-key-file': ocpApiserverServiceAccountKeyFile,
  'ocp-apiserver-service-account-lookup': ocpApiserverServiceAccountLookup,
  'ocp-apiserver-tls-cert': ocpApiserverTlsCert,
  'ocp-apiserver-tls-cipher-suites': ocpApiserverTlsCipherSuites,
  'ocp-apiserver-unsupported-config-overrides': ocpApiserverUnsupportedConfigOverrides,
  'ocp-audit-log-forwarding': ocpAuditLogForwarding,
  'ocp-audit-profile': ocpAuditProfile,
  'ocp-audit-profile-coverage': ocpAuditProfileCoverage,
  'ocp-controllermanager-healthz-rbac': ocpControllermanagerHealthzRbac,
  'ocp-controllermanager-root-ca-file': ocpControllermanagerRootCaFile,
  'ocp-controllermanager-service-account-private-key-file': ocpControllermanagerServiceAccountPrivateKeyFile,
  'ocp-controllermanager-use-service-account-credentials': ocpControllermanagerUseServiceAccountCredentials,
  'ocp-file-admin-kubeconfig-mode': ocpFileAdminKubeconfigMode,
  'ocp-file-admin-kubeconfig-owner': ocpFileAdminKubeconfigOwner,
  'ocp-file-apiserver-pod-mode': ocpFileApiserverPodMode,
  'ocp-file-apiserver-pod-owner': ocpFileApiserverPodOwner,
  'ocp-file-cni-mode': ocpFileCniMode,
  'ocp-file-cni-owner': ocpFileCniOwner,
  'ocp-file-controllermanager-kubeconfig-mode': ocpFileControllermanagerKubeconfigMode,
  'ocp-file-controllermanager-kubeconfig-owner': ocpFileControllermanagerKubeconfigOwner,
  'ocp-file-controllermanager-pod-mode': ocpFileControllermanagerPodMode,
  'ocp-file-controllermanager-pod-owner': ocpFileControllermanagerPodOwner,
  'ocp-file-etcd-data-dir-mode': ocpFileEtcdDataDirMode,
  'ocp-file-etcd-data-dir-owner': ocpFileEtcdDataDirOwner,
  'ocp-file-etcd-pod-mode': ocpFileEtcdPodMode,
  'ocp-file-etcd-pod-owner': ocpFileEtcdPodOwner,
  'ocp-file-kubelet-service-mode': ocpFileKubeletServiceMode,
  'ocp-file-kubelet-service-owner': ocpFileKubeletServiceOwner,
  'ocp-file-pki-cert-mode': ocpFilePkiCertMode,
  'ocp-file-pki-key-mode': ocpFilePkiKeyMode,
  'ocp-file-pki-owner': ocpFilePkiOwner,
  'ocp-file-proxy-config-mode': ocpFileProxyConfigMode,
  'ocp-file-proxy-config-owner': ocpFileProxyConfigOwner,
  'ocp-file-scheduler-kubeconfig-mode': ocpFileSchedulerKubeconfigMode,
  'ocp-file-scheduler-kubeconfig-owner': ocpFileSchedulerKubeconfigOwner,
  'ocp-file-scheduler-pod-mode': ocpFileSchedulerPodMode,
  'ocp-file-scheduler-pod-owner': ocpFileSchedulerPodOwner,
  'ocp-image-provenance': ocpImageProvenance,
  'ocp-kubelet-tls-cert': ocpKubeletTlsCert,
  'ocp-kubelet-tls-cipher-suites': ocpKubeletTlsCipherSuites,
  'ocp-scc-added-capabilities': ocpSccAddedCapabilities,
  'ocp-scc-allow-privilege-escalation': ocpSccAllowPrivilegeEscalation,
  'ocp-scc-capabilities-drop-all': ocpSccCapabilitiesDropAll,
  'ocp-scc-host-ipc': ocpSccHostIpc,
  'ocp-scc-host-network': ocpSccHostNetwork,
  'ocp-scc-host-pid': ocpSccHostPid,
  'ocp-scc-net-raw': ocpSccNetRaw,
  'ocp-scc-privileged': ocpSccPrivileged,
  'ocp-scc-privileged-access': ocpSccPrivilegedAccess,
  'ocp-scc-root': ocpSccRoot,
  'ocp-scheduler-api-rbac': ocpSchedulerApiRbac,
  'ocp-scheduler-healthz-rbac': ocpSchedulerHealthzRbac,
};
