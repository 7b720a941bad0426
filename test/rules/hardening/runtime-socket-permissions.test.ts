// runtime-socket-permissions: the CRI socket must be root-owned, 0660 or stricter, with no non-root group access.
import rule from '../../../rules/hardening/runtime-socket-permissions.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'hardening', [
  { fixture: 'pass-containerd-root-only', want: [{ node: 'worker-1', status: 'pass', has: 'containerd socket "/run/containerd/containerd.sock" is root-only' }] },
  {
    fixture: 'fail-world-writable-and-group',
    want: [{ node: 'worker-1', status: 'fail', at: 'stats.tsv:2:1', has: 'containerd socket "/run/containerd/containerd.sock" has mode 0666, more than 0660; CRI-O socket "/var/run/crio/crio.sock" gives group "docker" (gid 999) access' }],
  },
  { fixture: 'fail-owned-by-user', want: [{ node: 'worker-1', status: 'fail', at: 'stats.tsv:2:1', has: 'is owned by "ops" (uid 1000)' }] },
  { fixture: 'manual-no-socket', want: [{ node: 'worker-1', status: 'manual', has: 'check the socket of the runtime in use' }] },
  { fixture: 'error-old-collector', want: [{ node: 'worker-1', status: 'error', has: 'does not record the runtime sockets' }] },
]);
