// kube-proxy's metrics endpoint must listen on loopback only (metricsBindAddress / --metrics-bind-address).
import { defineRule, error, fail, manual, notApplicable, pass } from '../../lib/rule/define.js';
import { isLoopbackAddress, proxyMetricsBindAddress } from '../../lib/rule/proxy.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'proxy-metrics-bind-address',
  title: 'kube-proxy metrics are served on localhost only',
  assessment: 'automated',
  notes: 'With --config, kube-proxy ignores --metrics-bind-address, so the config file (or the kube-proxy ConfigMap a DaemonSet mounts) decides.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'The metrics endpoint has no authentication; bound to all interfaces it tells anyone on the network about the node\'s services and endpoints.',
  remediation: 'Set metricsBindAddress: 127.0.0.1:10249 in the kube-proxy configuration (kubeadm: the kube-system/kube-proxy ConfigMap) and restart kube-proxy.',

  evaluate(node, ctx) {
    const s = proxyMetricsBindAddress(node, ctx.index);
    if (s.source === 'not-collected') {
      if (node.evidence === 'api') return manual(`kube-proxy's configuration for node "${node.name}" is not visible through the API and no kube-proxy ConfigMap was collected`);
      if (!node.components.proxy) return notApplicable(`kube-proxy does not run on node "${node.name}"`);
      return error(`${s.missing} is missing from the bundle`);
    }
    const note = s.note ? `; ${s.note}` : '';
    const loc = s.loc ?? { file: node.bundle ?? node.name, line: 1, column: 1 };
    if (s.value === '') return pass(loc, `the metrics server is disabled: --metrics-bind-address is empty (from ${s.where})`);
    if (s.value !== undefined && isLoopbackAddress(s.value)) return pass(loc, `metrics are served on "${s.value}" (from ${s.where})${note}`);
    return fail(loc, `metrics are served on "${s.value ?? ''}", beyond localhost (from ${s.where})${note}`);
  },
});
