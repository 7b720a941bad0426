// kubelet-client-ca-file
import rule from '../../../rules/kubelet/kubelet-client-ca-file.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-config-file', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:9:19', has: 'client CA file is "/etc/kubernetes/pki/ca.crt"' }] },
  { fixture: 'pass-flag-with-separate-value', want: [{ node: 'worker-1', status: 'pass', at: 'processes/kubelet.cmdline:1:132', has: '(from the --client-ca-file flag)' }] },
  { fixture: 'fail-not-set', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'no client CA file is set' }] },
  { fixture: 'fail-configz-unset', want: [{ node: 'managed-1', status: 'fail', at: 'cluster/nodes/managed-1/configz.json:2:3', has: 'no client CA file is set' }] },
]);
