// kube-proxy's config file, where OpenShift runs kube-proxy, is mode 644 or stricter.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { octal } from '../../lib/rule/file-mode.js';
import { noProxyVerdict, proxyConfigMounts } from '../../lib/rule/openshift-files.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-file-proxy-config-mode',
  title: 'kube-proxy config file is mode 644 or stricter',
  assessment: 'manual',
  notes:
    'Decided from the cluster dump: on OpenShift kube-proxy reads /config/kube-proxy-config.yaml from a ConfigMap ' +
    'volume of the network DaemonSet (openshift-sdn, or openshift-kube-proxy), so the file\'s mode is the volume\'s ' +
    'items[].mode or defaultMode (0644 when unset). Not applicable under OVN-Kubernetes, which has no kube-proxy.',
  severity: 'low',
  scope: { cluster: true },
  rationale: 'kube-proxy\'s configuration decides how Service traffic is routed; it must not be writable by other accounts in the pod.',
  remediation: 'Leave the network DaemonSet to the network operator, which mounts the config with the default mode 0644; remove any wider defaultMode.',

  evaluate(_cluster, ctx) {
    const mounts = proxyConfigMounts(ctx);
    if (mounts.length === 0) return noProxyVerdict(ctx);
    const bad = mounts.find((m) => (m.mode & ~0o644 & 0o7777) !== 0);
    if (bad) return fail(bad.modeField, `DaemonSet "${bad.daemonSet.namespace}/${bad.daemonSet.name}" mounts kube-proxy's config with mode ${octal(bad.mode)}, more permissive than 0644`);
    return pass(mounts[0].modeField, mounts.map((m) => `DaemonSet "${m.daemonSet.namespace}/${m.daemonSet.name}" mounts kube-proxy's config with mode ${octal(m.mode)}`).join('; '));
  },
});
