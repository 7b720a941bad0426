// GKE Linux nodes should run Container-Optimized OS with containerd (cos_containerd).
import { fail, notApplicable, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { GKE_NODE_POOLS, labelsOf, listText, managedSettingRule, plural } from '../../lib/rule/managed.js';
import type { Resource } from '../../lib/model/types.js';

const OS_LABEL = 'cloud.google.com/gke-os-distribution';

/** What a GKE node runs: cos, another distribution, or unknown, and the field that shows it. */
function image(n: Resource): { os: 'cos' | 'other' | 'unknown'; runtime?: string; at: Field; text: string } {
  const label = Field.of(n, 'metadata', 'labels', OS_LABEL);
  const osImage = Field.of(n, 'status', 'nodeInfo', 'osImage');
  const runtime = Field.of(n, 'status', 'nodeInfo', 'containerRuntimeVersion').str();
  if (typeof label.value === 'string') return { os: label.value === 'cos' ? 'cos' : 'other', runtime, at: label, text: `${OS_LABEL}: "${label.value}"` };
  const img = osImage.str();
  if (img) return { os: /container-optimized os/i.test(img) ? 'cos' : 'other', runtime, at: osImage, text: `node image "${img}"` };
  return { os: 'unknown', runtime, at: Field.of(n, 'metadata', 'name'), text: 'no OS label or node image' };
}

export default managedSettingRule({
  id: 'gke-node-image-cos',
  title: 'GKE nodes run Container-Optimized OS with containerd',
  provider: 'gke',
  assessment: 'automated',
  notes: `Decided from the GKE Node objects: the ${OS_LABEL} label (else status.nodeInfo.osImage) must show COS and the container runtime, when reported, must be containerd. Windows nodes are not judged. Without GKE Node objects the control is manual.`,
  severity: 'medium',
  rationale: 'Container-Optimized OS has a read-only root file system, a minimal package set and verified boot, which leave far less to attack than a general-purpose image.',
  remediation: 'Use the cos_containerd image type for Linux node pools (gcloud container node-pools create --image-type=COS_CONTAINERD) and move workloads off other images.',
  guidance: `check that every Linux node pool uses the COS_CONTAINERD image type: run "${GKE_NODE_POOLS} --format=value(name,config.imageType)"`,
  evidence(_ctx, p) {
    if (p.nodes.length === 0) return { seen: [], none: 'no GKE Node objects are in the input' };
    const linux = p.nodes.filter((n) => labelsOf(n)['kubernetes.io/os'] !== 'windows');
    if (linux.length === 0) return { verdict: notApplicable(`${p.nodes.length === 1 ? 'the GKE node runs' : `all ${p.nodes.length} GKE nodes run`} Windows`) };
    const judged = linux.map((n) => ({ n, ...image(n) }));
    const bad = judged.filter((j) => j.os === 'other' || (j.os === 'cos' && j.runtime !== undefined && !j.runtime.startsWith('containerd://')));
    if (bad.length > 0) {
      const list = bad.map((j) => `"${j.n.name}" (${j.os === 'other' ? j.text : `runtime "${j.runtime}"`})`);
      return { verdict: fail(bad[0].at, `${bad.length} of ${plural(linux.length, 'Linux GKE node')} ${bad.length === 1 ? 'does' : 'do'} not run COS with containerd: ${listText(list, 3)}`) };
    }
    const unknown = judged.filter((j) => j.os === 'unknown');
    if (unknown.length > 0) return { seen: [{ text: `${plural(unknown.length, 'GKE node')} without an OS label or node image (${listText(unknown.map((j) => `"${j.n.name}"`), 3)})`, at: unknown[0].n.loc }] };
    return { verdict: pass(judged[0].at, `${linux.length === 1 ? 'the Linux GKE node runs' : `all ${linux.length} Linux GKE nodes run`} Container-Optimized OS${judged.every((j) => j.runtime) ? ' with containerd' : ''}`) };
  },
});
