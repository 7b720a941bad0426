// The kubelet's systemd unit should deny network access by default: IPAddressDeny=any, with IPAddressAllow for what it needs.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { kubeletUnitFiles, unitListSetting } from '../../lib/rule/kubelet-unit.js';
import type { NodeFacts } from '../../lib/model/types.js';

const CHECK = 'run "systemctl show kubelet -p IPAddressDeny -p IPAddressAllow" on the node';

export default defineRule<NodeFacts>({
  id: 'kubelet-ip-address-deny',
  title: 'The kubelet unit denies IP traffic except what it allows',
  assessment: 'manual',
  notes:
    'IPAddressDeny is a systemd setting of the kubelet unit, not a kubelet flag (kube-bench looks for a flag). Decided from the ' +
    'collected kubelet.service and its drop-ins as systemd merges them: "any" (or both 0.0.0.0/0 and ::/0) passes; no setting, or ' +
    'a narrower one, fails. Without unit files (a node known only through the API, or a kubelet not run by systemd) it is manual.',
  severity: 'low',
  scope: { node: ['worker'] },
  rationale: 'Denying by default at the cgroup level stops a compromised kubelet from reaching anything but the addresses it was meant to talk to.',
  remediation: 'Add a drop-in such as /etc/systemd/system/kubelet.service.d/20-ip-access.conf with [Service] IPAddressDeny=any and IPAddressAllow= for the API server, node and pod networks the kubelet needs, then run systemctl daemon-reload and restart the kubelet.',

  evaluate(node) {
    if (node.evidence === 'api') return manual(`the kubelet unit of node "${node.name}" was not collected (the node is known only through the API); ${CHECK}`);
    const files = kubeletUnitFiles(node);
    if (files.length === 0) return manual(`no kubelet systemd unit file is in the bundle for node "${node.name}" (the kubelet may not be run by systemd); ${CHECK}`);
    const deny = unitListSetting(files, 'IPAddressDeny');
    const allow = unitListSetting(files, 'IPAddressAllow');
    const all = deny.values.includes('any') || (deny.values.includes('0.0.0.0/0') && deny.values.includes('::/0'));
    if (all) {
      const allowed = allow.values.length ? `IPAddressAllow is "${allow.values.join(' ')}"` : 'no IPAddressAllow, so the kubelet can reach no address at all';
      return pass(deny.loc, `IPAddressDeny is "${deny.values.join(' ')}" (from ${deny.where}) and ${allowed}`);
    }
    if (deny.values.length) return fail(deny.loc!, `IPAddressDeny is "${deny.values.join(' ')}" (from ${deny.where}), which leaves other addresses reachable`);
    const names = files.map((f) => `"${f.path}"`).join(', ');
    return fail(files[0].loc, `no IPAddressDeny in the kubelet unit files (${names}), so systemd does not limit the kubelet's network access`);
  },
});
