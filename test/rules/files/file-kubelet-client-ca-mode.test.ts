// file-kubelet-client-ca-mode
import rule from '../../../rules/files/file-kubelet-client-ca-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-ca-from-config-file', want: [{ node: 'worker-1', status: 'pass', at: 'stats.tsv:2:1', has: 'named by authentication.x509.clientCAFile in "/var/lib/kubelet/config.yaml"' }] },
  { fixture: 'fail-world-writable', want: [{ node: 'worker-1', status: 'fail', at: 'stats.tsv:2:1', has: 'mode 0666' }] },
  { fixture: 'pass-flag-overrides-config-file', want: [{ node: 'worker-1', status: 'pass', at: 'stats.tsv:2:1', has: 'named by the --client-ca-file flag' }] },
  { fixture: 'pass-relative-path-in-config-file', want: [{ node: 'worker-1', status: 'pass', at: 'stats.tsv:2:1' }] },
  { fixture: 'not-applicable-no-client-ca', want: [{ node: 'worker-1', status: 'not-applicable', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'names no client CA file' }] },
  { fixture: 'error-config-file-not-collected', want: [{ node: 'worker-1', status: 'error', has: 'kubelet config file "/var/lib/kubelet/config.yaml" named by --config is missing' }] },
]);
