// etcd-unique-ca: etcd's --trusted-ca-file must differ from the API server's --client-ca-file.
import rule from '../../../rules/etcd/etcd-unique-ca.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const etcd = (args: string[], env: Record<string, string> = {}, files: Record<string, string> = {}) => withArgs('etcd', args, { component: { env }, files });
const CONFIG = '/etc/etcd/etcd.conf.yml';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBdzCCAR2gAwIBAgIBADAKBggqhkjOPQQDAjAPMQ0wCwYDVQQDEwRldGNk\n-----END CERTIFICATE-----';
const ETCD_CA = '--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt';
const node = (etcdArgs: string[], apiArgs: string[] | undefined, extra: { files?: Record<string, string>; name?: string } = {}) => ({
  name: extra.name ?? 'cp-1',
  files: extra.files,
  components: { etcd: { args: etcdArgs }, ...(apiArgs ? { apiserver: { args: apiArgs } } : {}) },
});

runCases(rule, [
  { name: 'pass: separate CA files (kubeadm)', node: node([ETCD_CA], ['--client-ca-file=/etc/kubernetes/pki/ca.crt']), want: { status: 'pass', message: 'etcd trusts "/etc/kubernetes/pki/etcd/ca.crt", a different file from the API server\'s client CA "/etc/kubernetes/pki/ca.crt"' } },
  { name: 'fail: the same file', node: node(['--trusted-ca-file=/etc/kubernetes/pki/ca.crt'], ['--client-ca-file=/etc/kubernetes/pki/ca.crt']), want: { status: 'fail', line: argLine(0), column: C, message: /the same file the API server uses/ } },
  { name: 'fail: same certificate under two paths', node: node([ETCD_CA], ['--client-ca-file=/etc/kubernetes/pki/ca.crt'], { files: { '/etc/kubernetes/pki/etcd/ca.crt': PEM, '/etc/kubernetes/pki/ca.crt': `${PEM}\n` } }), want: { status: 'fail', line: argLine(0), message: /whose content is the same CA/ } },
  { name: 'pass: different certificates', node: node([ETCD_CA], ['--client-ca-file=/etc/kubernetes/pki/ca.crt'], { files: { '/etc/kubernetes/pki/etcd/ca.crt': PEM, '/etc/kubernetes/pki/ca.crt': PEM.replace('MIIB', 'MIIC') } }), want: { status: 'pass' } },
  { name: 'fail: trusted CA not set', node: node([], ['--client-ca-file=/etc/kubernetes/pki/ca.crt']), want: { status: 'fail', ...CMD, message: /no CA of its own/ } },
  { name: 'pass: ETCD_TRUSTED_CA_FILE', node: { components: { etcd: { args: [], env: { ETCD_TRUSTED_CA_FILE: '/etc/etcd/ca.crt' } }, apiserver: { args: ['--client-ca-file=/etc/kubernetes/pki/ca.crt'] } } }, want: { status: 'pass' } },
  { name: 'manual: no API server to compare with', node: node([ETCD_CA], undefined), want: { status: 'manual', line: argLine(0), message: /no API server "--client-ca-file" in the input/ } },
  {
    name: 'fail: compared with the API server on another node',
    snapshot: { nodes: [node(['--trusted-ca-file=/etc/kubernetes/pki/ca.crt'], undefined, { name: 'etcd-1' }), { name: 'cp-2', components: { apiserver: { args: ['--client-ca-file=/etc/kubernetes/pki/ca.crt'] } } }] },
    want: [{ status: 'fail', message: /uses as "--client-ca-file" on node "cp-2"|the API server on node "cp-2"/ }, { status: 'not-applicable' }],
  },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'etcd', [
  { fixture: 'fail-shared-ca', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/etcd.yaml:15:7', has: 'etcd trusts "/etc/kubernetes/pki/ca.crt", the same file the API server uses as "--client-ca-file"' }] },
  { fixture: 'manual-no-apiserver', want: [{ node: 'cp-1', status: 'manual', at: 'files/etc/kubernetes/manifests/etcd.yaml:15:7', has: 'etcd trusts "/etc/kubernetes/pki/etcd/ca.crt"; no API server "--client-ca-file" in the input to compare it with, so confirm it is not the cluster CA' }] },
  { fixture: 'pass-separate-ca', want: [{ node: 'cp-1', status: 'pass', has: 'etcd trusts "/etc/kubernetes/pki/etcd/ca.crt", a different file from the API server\'s client CA "/etc/kubernetes/pki/ca.crt"' }] },
]);
