// apiserver-admission-namespace-lifecycle: NamespaceLifecycle is on by default and must stay on.
import rule from '../../../rules/apiserver/apiserver-admission-namespace-lifecycle.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';

runCases(rule, [
  { name: 'pass: default (on)', node: api(['--enable-admission-plugins=NodeRestriction']), want: { status: 'pass' } },
  { name: 'fail: disabled', node: api(['--disable-admission-plugins=NamespaceLifecycle']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'pass: in the legacy --admission-control', node: api(['--admission-control=NamespaceLifecycle,ServiceAccount']), want: { status: 'pass' } },
  { name: 'pass: disabled, then a later --disable-admission-plugins without it wins', node: api(['--disable-admission-plugins=NamespaceLifecycle', '--disable-admission-plugins=DefaultStorageClass']), want: { status: 'pass' } },
]);
