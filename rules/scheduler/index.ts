// Scheduler rules (CIS 1.4), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import schedulerBindAddress from './scheduler-bind-address.js';
import schedulerProfiling from './scheduler-profiling.js';

export const schedulerRules: Readonly<Record<string, Rule>> = {
  'scheduler-bind-address': schedulerBindAddress,
  'scheduler-profiling': schedulerProfiling,
};
