// controllermanager-root-ca-file: --root-ca-file must be set.
import rule from '../../../rules/controllermanager/controllermanager-root-ca-file.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';

const cm = (args: string[]) => withArgs('controllermanager', args);

runCases(rule, [
  { name: 'pass: set', node: cm(['--root-ca-file=/etc/kubernetes/pki/ca.crt']), want: { status: 'pass' } },
  { name: 'fail: not set', node: cm(['--profiling=false']), want: { status: 'fail', ...CMD, message: '"--root-ca-file" is not set on the controller manager' } },
  { name: 'fail: empty', node: cm(['--root-ca-file=']), want: { status: 'fail', line: argLine(0), column: C } },
]);
