// Cloud Logging and Cloud Monitoring should be enabled; their agents in kube-system are evidence.
import { GKE_DESCRIBE, managedSettingRule, objectEvidence, objectsNamed } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-logging-monitoring',
  title: 'Cloud Logging and Cloud Monitoring are enabled',
  provider: 'gke',
  assessment: 'automated',
  notes: 'GKE runs fluentbit-gke and gke-metrics-agent DaemonSets in kube-system when logging and monitoring are on; they are listed as evidence, and their absence from a dump that has kube-system DaemonSets is pointed out.',
  severity: 'medium',
  rationale: 'Without system and workload logs and metrics, attacks and failures go unnoticed and cannot be investigated.',
  remediation: 'Enable Cloud Logging and Cloud Monitoring for system components and workloads (gcloud container clusters update --logging=SYSTEM,WORKLOAD --monitoring=SYSTEM).',
  guidance: `check that system and workload logging and system monitoring are enabled: run "${GKE_DESCRIBE} --format=value(loggingConfig.componentConfig.enableComponents,monitoringConfig.componentConfig.enableComponents)"`,
  evidence(ctx) {
    const agents = objectsNamed(ctx, 'DaemonSet', /^(fluentbit-gke(-.*)?|gke-metrics-agent(-.*)?)$/, 'kube-system');
    if (agents.length) return { seen: objectEvidence(agents, ' (GKE logging or monitoring agent)') };
    const system = ctx.index.byKind('DaemonSet').filter((d) => d.namespace === 'kube-system').length;
    return {
      seen: [],
      none: system
        ? `neither fluentbit-gke nor gke-metrics-agent is among the ${system} kube-system DaemonSets in the input, which suggests logging and monitoring are off`
        : 'the input has no kube-system DaemonSets, so the logging and monitoring agents cannot be seen',
    };
  },
});
