// runtime-isolation-settings: containerd and CRI-O settings that weaken isolation, with CRI-O drop-ins overriding crio.conf.
import rule from '../../../rules/hardening/runtime-isolation-settings.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'hardening', [
  // enable_unprivileged_ports/icmp are deliberately not findings: they let containers drop NET_BIND_SERVICE and NET_RAW.
  { fixture: 'pass-containerd-defaults', want: [{ node: 'worker-1', status: 'pass', has: 'the containerd configuration keeps the isolation defaults' }] },
  { fixture: 'pass-no-config-file', want: [{ node: 'worker-1', status: 'pass', has: 'the runtime runs on its defaults' }] },
  { fixture: 'manual-no-runtime-found', want: [{ node: 'worker-1', status: 'manual', has: 'nor their sockets' }] },
  {
    fixture: 'fail-containerd-apparmor-off',
    want: [{ node: 'worker-1', status: 'fail', at: 'files/etc/containerd/config.toml:6:5', has: 'disable_apparmor = true turns AppArmor off for every container; registry "registry.example.com" is pulled with insecure_skip_verify = true' }],
  },
  {
    // The drop-in's apparmor_profile wins over crio.conf's "unconfined"; its capability list replaces crio.conf's.
    fixture: 'fail-crio-drop-in-overrides',
    want: [{ node: 'worker-1', status: 'fail', at: 'files/etc/crio/crio.conf.d/10-profile.conf:4:1', has: 'default_capabilities gives every container NET_RAW; add_inheritable_capabilities = true lets programs a container runs keep its capabilities' }],
  },
]);
