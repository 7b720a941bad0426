// Every node pool should run the GKE metadata server, which hides the node's credentials from pods.
import { fail, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { GKE_NODE_POOLS, labelsOf, listText, managedSettingRule, nodeLabelSplit, plural } from '../../lib/rule/managed.js';

const LABEL = 'iam.gke.io/gke-metadata-server-enabled';

export default managedSettingRule({
  id: 'gke-metadata-server',
  title: 'The GKE metadata server is enabled on every node pool',
  provider: 'gke',
  assessment: 'automated',
  notes: `Decided from the GKE Node objects: GKE labels nodes whose pool runs the GKE metadata server with ${LABEL}: "true" (the metadata server DaemonSet selects them by it). A GKE node without it fails; without GKE Node objects the control is manual.`,
  severity: 'high',
  rationale: 'Without the GKE metadata server, pods reach the Compute Engine metadata server and can read the node service account\'s token and the kubelet\'s bootstrap credentials.',
  remediation: 'Set the workload metadata mode of every node pool to GKE_METADATA (gcloud container node-pools update --workload-metadata=GKE_METADATA), after enabling Workload Identity on the cluster.',
  guidance: `check that every node pool's workload metadata mode is GKE_METADATA: run "${GKE_NODE_POOLS} --format=value(name,config.workloadMetadataConfig.mode)"`,
  evidence(_ctx, p) {
    if (p.nodes.length === 0) return { seen: [], none: 'no GKE Node objects are in the input' };
    const { without } = nodeLabelSplit(p.nodes, LABEL, (v) => v === 'true');
    if (without.length > 0) {
      const pools = [...new Set(without.map((n) => String(labelsOf(n)['cloud.google.com/gke-nodepool'] ?? 'unknown')))].map((x) => `"${x}"`);
      return {
        verdict: fail(Field.of(without[0], 'metadata', 'labels'), `${without.length} of ${plural(p.nodes.length, 'GKE node')} ${without.length === 1 ? 'lacks' : 'lack'} ${LABEL}: "true" (node pool${pools.length === 1 ? '' : 's'} ${listText(pools)}), so their pods reach the Compute Engine metadata server`),
      };
    }
    return { verdict: pass(Field.of(p.nodes[0], 'metadata', 'labels', LABEL), `${p.nodes.length === 1 ? 'the GKE node runs' : `all ${p.nodes.length} GKE nodes run`} the GKE metadata server`) };
  },
});
