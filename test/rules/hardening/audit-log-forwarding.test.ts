// audit-log-forwarding: an audit webhook, or a log shipper DaemonSet that mounts the audit log folder.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/audit-log-forwarding.js';
import { checkRule, fixturesDir } from '../../helpers/check-rule.js';
import { api, argLine, ARG_COLUMN, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const LOG = '--audit-log-path=/var/log/kubernetes/audit/audit.log';
const MOUNT = { component: { mounts: [{ hostPath: '/var/log/kubernetes/audit', mountPath: '/var/log/kubernetes/audit' }] } };
const shipper = (image: string, hostPath: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: logs, namespace: logging}
spec:
  template:
    spec:
      containers: [{name: shipper, image: "${image}"}]
      volumes: [{name: host, hostPath: {path: ${hostPath}}}]
`;

runCases(rule, [
  { name: 'pass: audit webhook', node: api([LOG, '--audit-webhook-config-file=/etc/kubernetes/audit-webhook.yaml']), want: { status: 'pass', message: 'the API server on node "cp-1" sends audit events to a webhook backend' } },
  {
    name: 'pass: fluent-bit mounts /var/log, which holds the audit log',
    snapshot: { nodes: [api([LOG], MOUNT)], resources: shipper('cr.fluentbit.io/fluent/fluent-bit:3.0.7', '/var/log') },
    want: { status: 'pass', message: 'DaemonSet "logs" (fluent-bit) mounts the folder of the audit log "/var/log/kubernetes/audit/audit.log"' },
  },
  {
    name: 'manual: vector runs but reads only container logs',
    snapshot: { nodes: [api([LOG], MOUNT)], resources: shipper('timberio/vector:0.39.0-debian', '/var/log/pods') },
    want: { status: 'manual', message: 'log shipper DaemonSet "logs" (vector) runs, but its hostPath mounts do not include the audit log "/var/log/kubernetes/audit/audit.log"' },
  },
  {
    name: 'fail: no webhook, and the only DaemonSet is not a log shipper',
    snapshot: { nodes: [api([LOG])], resources: shipper('registry.example.com/node-exporter:1.8.0', '/') },
    want: { status: 'fail', line: argLine(0), column: ARG_COLUMN, message: 'no API server sends audit events to a webhook (--audit-webhook-config-file) and no log shipper DaemonSet reads the audit log' },
  },
  { name: 'manual: neither an API server nor a shipper', snapshot: { resources: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n' }, want: { status: 'manual', message: /audit log export/ } },
]);

const test = suite('audit-log-forwarding fixtures');
test('manual-shipper-without-api-server.yaml', async () => {
  assert.equal(await checkRule(rule, path.join(fixturesDir(rule, 'hardening'), 'manual-shipper-without-api-server.yaml')), [{ name: 'cluster', status: 'manual', line: 11, column: 7 }]);
});
test.run();

// End to end: mini node bundles read by the bundle loader (the cluster target is named after the bundle's cluster).
nodeRuleSuite(rule, 'hardening', [
  { fixture: 'pass-webhook', want: [{ node: 'demo', status: 'pass', has: 'sends audit events to a webhook backend' }] },
  { fixture: 'fail-local-file-only', want: [{ node: 'demo', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:7' }] },
]);
