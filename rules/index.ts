// Every rule, by id. Each family keeps its own sorted literal map (so teams can add rules without touching one
// shared file); this module merges them and the registry test checks order, ids and file names.
import type { Rule } from '../lib/rule/types.js';
import { aksRules } from './aks/index.js';
import { apiserverRules } from './apiserver/index.js';
import { clusterRules } from './cluster/index.js';
import { controllerManagerRules } from './controllermanager/index.js';
import { controlPlaneRules } from './controlplane/index.js';
import { eksRules } from './eks/index.js';
import { etcdRules } from './etcd/index.js';
import { fileRules } from './files/index.js';
import { gkeRules } from './gke/index.js';
import { hardeningRules } from './hardening/index.js';
import { kubeletRules } from './kubelet/index.js';
import { namespaceRules } from './namespaces/index.js';
import { openshiftRules } from './openshift/index.js';
import { proxyRules } from './proxy/index.js';
import { rbacRules } from './rbac/index.js';
import { schedulerRules } from './scheduler/index.js';
import { workloadRules } from './workloads/index.js';

export const ruleFamilies: Readonly<Record<string, Readonly<Record<string, Rule>>>> = {
  aks: aksRules,
  apiserver: apiserverRules,
  cluster: clusterRules,
  controllermanager: controllerManagerRules,
  controlplane: controlPlaneRules,
  eks: eksRules,
  etcd: etcdRules,
  files: fileRules,
  gke: gkeRules,
  hardening: hardeningRules,
  kubelet: kubeletRules,
  namespaces: namespaceRules,
  openshift: openshiftRules,
  proxy: proxyRules,
  rbac: rbacRules,
  scheduler: schedulerRules,
  workloads: workloadRules,
};

export const rules: Readonly<Record<string, Rule>> = Object.freeze(
  Object.fromEntries(
    Object.values(ruleFamilies)
      .flatMap((family) => Object.entries(family))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ),
);
