// Namespace rules, sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import namespaceDefaultUnused from './namespace-default-unused.js';
import namespaceNetworkPolicies from './namespace-network-policies.js';
import namespacePodSecurityAdmission from './namespace-pod-security-admission.js';
import namespacePodSecurityAdmissionBaseline from './namespace-pod-security-admission-baseline.js';

export const namespaceRules: Readonly<Record<string, Rule>> = {
  'namespace-default-unused': namespaceDefaultUnused,
  'namespace-network-policies': namespaceNetworkPolicies,
  'namespace-pod-security-admission': namespacePodSecurityAdmission,
  'namespace-pod-security-admission-baseline': namespacePodSecurityAdmissionBaseline,
};
