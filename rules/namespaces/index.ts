// Namespace rules, sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import namespacePodSecurityAdmission from './namespace-pod-security-admission.js';

export const namespaceRules: Readonly<Record<string, Rule>> = {
  'namespace-pod-security-admission': namespacePodSecurityAdmission,
};
