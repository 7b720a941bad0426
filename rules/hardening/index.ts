// kubecis-hardening rules (lib/data/benchmarks/kubecis-hardening.json), sorted by id; ids are prefixed by subject.
import type { Rule } from '../../lib/rule/types.js';
import auditLogForwarding from './audit-log-forwarding.js';
import auditPolicyMinimisation from './audit-policy-minimisation.js';
import auditRetentionFramework from './audit-retention-framework.js';
import envCredentialLiterals from './env-credential-literals.js';
import etcdBackupPresent from './etcd-backup-present.js';
import imageDigestPinned from './image-digest-pinned.js';
import imagePullPolicyStale from './image-pull-policy-stale.js';
import imageRegistryAllowed from './image-registry-allowed.js';
import imageTagMutable from './image-tag-mutable.js';
import namespaceDefaultDenyMissing from './namespace-default-deny-missing.js';
import namespaceEgressPolicyMissing from './namespace-egress-policy-missing.js';
import networkPolicyAllowAllNamespaces from './network-policy-allow-all-namespaces.js';
import networkPolicyCrossNamespaceImplicit from './network-policy-cross-namespace-implicit.js';
import podEphemeralDebugContainers from './pod-ephemeral-debug-containers.js';
import podPrivilegedOutsideSystem from './pod-privileged-outside-system.js';
import podRunsAsRootUid from './pod-runs-as-root-uid.js';
import podTokenWithoutRbac from './pod-token-without-rbac.js';
import rbacNewPrivilegedBindings from './rbac-new-privileged-bindings.js';
import rbacStaleSubjects from './rbac-stale-subjects.js';
import rbacWildcardRoleSubjects from './rbac-wildcard-role-subjects.js';
import runtimeIsolationSettings from './runtime-isolation-settings.js';
import runtimeSocketPermissions from './runtime-socket-permissions.js';
import secretManifestValues from './secret-manifest-values.js';
import secretWideProjection from './secret-wide-projection.js';

export const hardeningRules: Readonly<Record<string, Rule>> = {
  'audit-log-forwarding': auditLogForwarding,
  'audit-policy-minimisation': auditPolicyMinimisation,
  'audit-retention-framework': auditRetentionFramework,
  'env-credential-literals': envCredentialLiterals,
  'etcd-backup-present': etcdBackupPresent,
  'image-digest-pinned': imageDigestPinned,
  'image-pull-policy-stale': imagePullPolicyStale,
  'image-registry-allowed': imageRegistryAllowed,
  'image-tag-mutable': imageTagMutable,
  'namespace-default-deny-missing': namespaceDefaultDenyMissing,
  'namespace-egress-policy-missing': namespaceEgressPolicyMissing,
  'network-policy-allow-all-namespaces': networkPolicyAllowAllNamespaces,
  'network-policy-cross-namespace-implicit': networkPolicyCrossNamespaceImplicit,
  'pod-ephemeral-debug-containers': podEphemeralDebugContainers,
  'pod-privileged-outside-system': podPrivilegedOutsideSystem,
  'pod-runs-as-root-uid': podRunsAsRootUid,
  'pod-token-without-rbac': podTokenWithoutRbac,
  'rbac-new-privileged-bindings': rbacNewPrivilegedBindings,
  'rbac-stale-subjects': rbacStaleSubjects,
  'rbac-wildcard-role-subjects': rbacWildcardRoleSubjects,
  'runtime-isolation-settings': runtimeIsolationSettings,
  'runtime-socket-permissions': runtimeSocketPermissions,
  'secret-manifest-values': secretManifestValues,
  'secret-wide-projection': secretWideProjection,
};
