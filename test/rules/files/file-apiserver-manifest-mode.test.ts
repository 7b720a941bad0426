// file-apiserver-manifest-mode
import rule from '../../../rules/files/file-apiserver-manifest-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-mode-600', want: [{ node: 'cp-1', status: 'pass', at: 'stats.tsv:3:1', has: '"/etc/kubernetes/manifests/kube-apiserver.yaml" has mode 0600' }] },
  { fixture: 'fail-mode-644', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:3:1', has: '"/etc/kubernetes/manifests/kube-apiserver.yaml" has mode 0644, more permissive than 0600' }] },
  { fixture: 'not-applicable-no-manifest', want: [{ node: 'cp-1', status: 'not-applicable', at: 'stats.tsv:3:1', has: 'does not exist on the node' }] },
  { fixture: 'pass-mode-400-stricter', want: [{ node: 'cp-1', status: 'pass' }] },
  { fixture: 'fail-setuid-bit', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:2:1', has: 'mode 4600' }] },
  { fixture: 'fail-static-pod-path-from-kubelet-config', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:3:1', has: 'static pod folder set by staticPodPath in "/var/lib/kubelet/config.yaml"' }] },
  { fixture: 'error-stat-not-collected', want: [{ node: 'cp-1', status: 'error', has: 'the stat of the API server\'s static pod manifest "/etc/kubernetes/manifests/kube-apiserver.yaml"' }] },
  { fixture: 'manual-api-only', want: [{ node: 'cp-managed', status: 'manual', has: 'known only through the API' }] },
]);
