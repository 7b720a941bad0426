// CNI configuration and state files on OpenShift nodes are owned by root (Open vSwitch files by openvswitch).
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkOcpCni } from '../../lib/rule/openshift-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-cni-owner',
  title: 'CNI files are owned by root:root',
  assessment: 'manual',
  notes:
    'Decided from the stats of a node bundle, over the same folders as ocp-file-cni-mode, files and folders alike. ' +
    'Under the Open vSwitch folders openvswitch:openvswitch is accepted too, as the benchmark\'s own audit does, ' +
    'because Open vSwitch runs as that user. A node known only through the API is manual.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'A CNI file owned by another account can be changed by that account to rewire or expose pod traffic.',
  remediation: 'Restore root:root ownership (openvswitch:openvswitch for Open vSwitch\'s own files) with chown on the node (oc debug node/NAME -- chroot /host).',

  evaluate(node) {
    return checkOcpCni(node, { owner: ROOT });
  },
});
