// Workload (pod template) rules, sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import podPrivilegedContainers from './pod-privileged-containers.js';

export const workloadRules: Readonly<Record<string, Rule>> = {
  'pod-privileged-containers': podPrivilegedContainers,
};
