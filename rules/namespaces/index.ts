// Namespace rules, sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import namespaceDefaultUnused from './namespace-default-unused.js';
import namespaceNetworkPolicies from './namespace-network-policies.js';
import namespacePodSecurityAdmission from './namespace-pod-security-admission.js';

export const namespaceRules: Readonly<Record<string, Rule>> = {
  'namespace-default-unused': namespaceDefaultUnused,
  'namespace-network-policies': namespaceNetworkPolicies,
  'namespace-pod-security-admission': namespacePodSecurityAdmission,
};
