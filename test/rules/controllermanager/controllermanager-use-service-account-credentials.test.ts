// controllermanager-use-service-account-credentials: defaults to false and must be true.
import rule from '../../../rules/controllermanager/controllermanager-use-service-account-credentials.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';

const cm = (args: string[]) => withArgs('controllermanager', args);

runCases(rule, [
  { name: 'pass: true (kubeadm)', node: cm(['--use-service-account-credentials=true']), want: { status: 'pass' } },
  { name: 'pass: bare flag', node: cm(['--use-service-account-credentials']), want: { status: 'pass' } },
  { name: 'fail: absent, default false', node: cm([]), want: { status: 'fail', ...CMD, message: '"--use-service-account-credentials" is not set, so the default "false" applies' } },
  { name: 'fail: false', node: cm(['--use-service-account-credentials=false']), want: { status: 'fail', line: argLine(0), column: C } },
]);
