// Every rule, by id. Each family keeps its own sorted literal map (so teams can add rules without touching one
// shared file); this module merges them and the registry test checks order, ids and file names.
import type { Rule } from '../lib/rule/types.js';
import { clusterRules } from './cluster/index.js';
import { namespaceRules } from './namespaces/index.js';
import { rbacRules } from './rbac/index.js';
import { workloadRules } from './workloads/index.js';

export const ruleFamilies: Readonly<Record<string, Readonly<Record<string, Rule>>>> = {
  cluster: clusterRules,
  namespaces: namespaceRules,
  rbac: rbacRules,
  workloads: workloadRules,
};

export const rules: Readonly<Record<string, Rule>> = Object.freeze(
  Object.fromEntries(
    Object.values(ruleFamilies)
      .flatMap((family) => Object.entries(family))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ),
);
