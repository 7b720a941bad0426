// kube-proxy's config file, where OpenShift runs kube-proxy, belongs to root:root.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { noProxyVerdict, proxyConfigMounts } from '../../lib/rule/openshift-files.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-file-proxy-config-owner',
  title: 'kube-proxy config file is owned by root:root',
  assessment: 'manual',
  notes:
    'Decided from the cluster dump: the kubelet writes ConfigMap volume files as root, with the pod\'s fsGroup as their ' +
    'group when one is set, so the file is root:root unless the network DaemonSet\'s pods set a non-zero fsGroup. Not ' +
    'applicable under OVN-Kubernetes, which has no kube-proxy.',
  severity: 'low',
  scope: { cluster: true },
  rationale: 'A group other than root on kube-proxy\'s configuration lets that group\'s processes read (and with a wide mode, change) it.',
  remediation: 'Do not set fsGroup on the network DaemonSet\'s pods; leave it to the network operator.',

  evaluate(_cluster, ctx) {
    const mounts = proxyConfigMounts(ctx);
    if (mounts.length === 0) return noProxyVerdict(ctx);
    const bad = mounts.find((m) => typeof m.fsGroup.value === 'number' && m.fsGroup.value !== 0);
    if (bad) return fail(bad.fsGroup, `DaemonSet "${bad.daemonSet.namespace}/${bad.daemonSet.name}" sets fsGroup ${String(bad.fsGroup.value)}, so kube-proxy's config file belongs to root:${String(bad.fsGroup.value)}`);
    return pass(mounts[0].source, `kube-proxy's config file is a ConfigMap volume without fsGroup, written as root:root (${mounts.map((m) => `DaemonSet "${m.daemonSet.namespace}/${m.daemonSet.name}"`).join(', ')})`);
  },
});
