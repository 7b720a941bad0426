// RBAC and service account rules, sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import rbacAnonymousBindings from './rbac-anonymous-bindings.js';
import rbacAuthenticatedBindings from './rbac-authenticated-bindings.js';
import rbacBindImpersonateEscalate from './rbac-bind-impersonate-escalate.js';
import rbacClusterAdminBindings from './rbac-cluster-admin-bindings.js';
import rbacCreatePersistentVolumes from './rbac-create-persistent-volumes.js';
import rbacCreatePods from './rbac-create-pods.js';
import rbacCsrApproval from './rbac-csr-approval.js';
import rbacDefaultServiceAccount from './rbac-default-service-account.js';
import rbacNodesProxy from './rbac-nodes-proxy.js';
import rbacSecretAccess from './rbac-secret-access.js';
import rbacServiceAccountTokenCreate from './rbac-service-account-token-create.js';
import rbacSystemMasters from './rbac-system-masters.js';
import rbacUnauthenticatedBindings from './rbac-unauthenticated-bindings.js';
import rbacWebhookConfigurations from './rbac-webhook-configurations.js';
import rbacWildcards from './rbac-wildcards.js';

export const rbacRules: Readonly<Record<string, Rule>> = {
  'rbac-anonymous-bindings': rbacAnonymousBindings,
  'rbac-authenticated-bindings': rbacAuthenticatedBindings,
  'rbac-bind-impersonate-escalate': rbacBindImpersonateEscalate,
  'rbac-cluster-admin-bindings': rbacClusterAdminBindings,
  'rbac-create-persistent-volumes': rbacCreatePersistentVolumes,
  'rbac-create-pods': rbacCreatePods,
  'rbac-csr-approval': rbacCsrApproval,
  'rbac-default-service-account': rbacDefaultServiceAccount,
  'rbac-nodes-proxy': rbacNodesProxy,
  'rbac-secret-access': rbacSecretAccess,
  'rbac-service-account-token-create': rbacServiceAccountTokenCreate,
  'rbac-system-masters': rbacSystemMasters,
  'rbac-unauthenticated-bindings': rbacUnauthenticatedBindings,
  'rbac-webhook-configurations': rbacWebhookConfigurations,
  'rbac-wildcards': rbacWildcards,
};
