// Control plane authentication and audit rules (CIS 3), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import auditPolicyCoverage from './audit-policy-coverage.js';
import auditPolicyFile from './audit-policy-file.js';
import authnNoBootstrapTokensForUsers from './authn-no-bootstrap-tokens-for-users.js';
import authnNoClientCertsForUsers from './authn-no-client-certs-for-users.js';
import authnNoServiceAccountTokensForUsers from './authn-no-service-account-tokens-for-users.js';

export const controlPlaneRules: Readonly<Record<string, Rule>> = {
  'audit-policy-coverage': auditPolicyCoverage,
  'audit-policy-file': auditPolicyFile,
  'authn-no-bootstrap-tokens-for-users': authnNoBootstrapTokensForUsers,
  'authn-no-client-certs-for-users': authnNoClientCertsForUsers,
  'authn-no-service-account-tokens-for-users': authnNoServiceAccountTokensForUsers,
};
