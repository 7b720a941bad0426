// apiserver-admission-node-restriction: NodeRestriction is off by default and must be enabled.
import rule from '../../../rules/apiserver/apiserver-admission-node-restriction.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';

runCases(rule, [
  { name: 'pass: enabled (kubeadm)', node: api(['--enable-admission-plugins=NodeRestriction']), want: { status: 'pass' } },
  { name: 'fail: absent (off by default)', node: api([]), want: { status: 'fail', ...CMD } },
  { name: 'fail: the last --enable-admission-plugins drops it', node: api(['--enable-admission-plugins=NodeRestriction', '--enable-admission-plugins=PodNodeSelector']), want: { status: 'fail', line: argLine(1), column: C } },
]);
