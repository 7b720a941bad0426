// kubelet-rotate-certificates
import rule from '../../../rules/kubelet/kubelet-rotate-certificates.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-config-true', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:13:21' }] },
  { fixture: 'fail-config-file-default-false', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'is false (from the kubelet default for config files' }] },
  { fixture: 'fail-flag-overrides-config', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:232' }] },
  { fixture: 'fail-configz-omitted-means-false', want: [{ node: 'managed-1', status: 'fail', at: 'cluster/nodes/managed-1/configz.json:2:3', has: 'which omits rotateCertificates (meaning false)' }] },
  { fixture: 'pass-configz-true', want: [{ node: 'managed-1', status: 'pass', at: 'cluster/nodes/managed-1/configz.json:22:27' }] },
]);
