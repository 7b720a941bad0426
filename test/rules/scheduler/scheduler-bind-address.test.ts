// scheduler-bind-address: --bind-address defaults to 0.0.0.0 and must be loopback.
import rule from '../../../rules/scheduler/scheduler-bind-address.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';

const sch = (args: string[]) => withArgs('scheduler', args);

runCases(rule, [
  { name: 'pass: 127.0.0.1 (kubeadm)', node: sch(['--bind-address=127.0.0.1']), want: { status: 'pass' } },
  { name: 'fail: absent, the default 0.0.0.0 applies', node: sch([]), want: { status: 'fail', ...CMD } },
  { name: 'fail: 0.0.0.0', node: sch(['--bind-address=0.0.0.0']), want: { status: 'fail', line: argLine(0), column: C, message: /every interface/ } },
]);
