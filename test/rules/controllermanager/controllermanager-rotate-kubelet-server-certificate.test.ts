// controllermanager-rotate-kubelet-server-certificate: the gate defaults to true; only =false fails.
import rule from '../../../rules/controllermanager/controllermanager-rotate-kubelet-server-certificate.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const cm = (args: string[]) => withArgs('controllermanager', args);

runCases(rule, [
  { name: 'pass: no feature gates (default true)', node: cm([]), want: { status: 'pass', message: '"RotateKubeletServerCertificate" is not in "--feature-gates", so the default true applies' } },
  { name: 'pass: other gates only', node: cm(['--feature-gates=SomeGate=false']), want: { status: 'pass' } },
  { name: 'pass: explicitly true', node: cm(['--feature-gates=RotateKubeletServerCertificate=true']), want: { status: 'pass' } },
  { name: 'fail: false', node: cm(['--feature-gates=A=true,RotateKubeletServerCertificate=false']), want: { status: 'fail', line: argLine(0), column: C, message: '"RotateKubeletServerCertificate" is false in "--feature-gates" (flag)' } },
  { name: 'fail: set true, then false in a later --feature-gates', node: cm(['--feature-gates=RotateKubeletServerCertificate=true', '--feature-gates=RotateKubeletServerCertificate=false']), want: { status: 'fail', line: argLine(1) } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'controllermanager', [
  { fixture: 'fail-gate-false', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-controller-manager.yaml:14:7', has: '"RotateKubeletServerCertificate" is false in "--feature-gates" (flag)' }] },
  { fixture: 'pass-default-on', want: [{ node: 'cp-1', status: 'pass', has: '"RotateKubeletServerCertificate" is not in "--feature-gates", so the default true applies' }] },
]);
