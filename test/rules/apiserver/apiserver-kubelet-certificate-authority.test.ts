// apiserver-kubelet-certificate-authority: the kubelet CA must be set.
import rule from '../../../rules/apiserver/apiserver-kubelet-certificate-authority.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: set', node: api(['--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt']), want: { status: 'pass' } },
  { name: 'fail: not set (kubeadm default)', node: api(['--kubelet-client-certificate=/pki/c.crt']), want: { status: 'fail', ...CMD, message: '"--kubelet-certificate-authority" is not set on the API server' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-kubeadm-default', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--kubelet-certificate-authority" is not set on the API server' }] },
  { fixture: 'pass-set', want: [{ node: 'cp-1', status: 'pass', has: '"--kubelet-certificate-authority" is "/etc/kubernetes/pki/ca.crt" (flag)' }] },
]);
