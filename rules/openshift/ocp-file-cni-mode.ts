// CNI configuration and state files on OpenShift nodes are mode 600 or stricter.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { checkOcpCni } from '../../lib/rule/openshift-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-cni-mode',
  title: 'CNI files are mode 600 or stricter',
  assessment: 'manual',
  notes:
    'Decided from the stats of a node bundle: files under /etc/cni/net.d and /var/run/multus/cni/net.d (on every ' +
    'node), and, when collected, OpenShift SDN\'s /var/lib/cni/networks/openshift-sdn and /var/run/openshift-sdn and ' +
    'Open vSwitch\'s /var/run/openvswitch and /etc/openvswitch. A node known only through the API is manual.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'CNI configuration decides how pods are wired to the network; whoever can change it can redirect or expose pod traffic.',
  remediation: 'The network operator and Multus write these files; restore mode 600 with chmod on the node (oc debug node/NAME -- chroot /host) and find what changed them.',

  evaluate(node) {
    return checkOcpCni(node, { mode: 0o600 });
  },
});
