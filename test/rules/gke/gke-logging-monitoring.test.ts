// gke-logging-monitoring: manual; GKE's logging and metrics agents in kube-system are evidence, and so is their absence.
import rule from '../../../rules/gke/gke-logging-monitoring.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'manual-agents-running.yaml', status: 'manual', at: '2:1', says: ['DaemonSet "kube-system/fluentbit-gke"', 'DaemonSet "kube-system/gke-metrics-agent"'] },
  { fixture: 'manual-kube-system-without-agents.yaml', status: 'manual', says: ['neither fluentbit-gke nor gke-metrics-agent is among the 2 kube-system DaemonSets in the input'] },
  { fixture: 'manual-no-kube-system.yaml', status: 'manual', says: ['the input has no kube-system DaemonSets'] },
]);
