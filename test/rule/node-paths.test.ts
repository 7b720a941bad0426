import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cniConfDir, etcdDataDir, kubeletKubeconfig, kubeletServiceFiles, manifestTarget, pkiDir, proxyKubeconfig, schedulerKubeconfig, staticPodDir } from '../../lib/rule/node-paths.js';
import { argv, nodeOf } from '../helpers/mini-bundle.js';

const CONFIG = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const MANIFEST = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    command: [kube-apiserver, --client-ca-file=/srv/pki/ca.crt]\n';
const version = (v: string) => ({ components: [{ name: 'kubelet', pid: 1, cmdline: 'processes/kubelet.cmdline', version: v }] });

const test = suite('rule/node-paths');

test('static pod folder and manifest: kubelet config, else kubeadm', () => {
  const n = nodeOf({
    'processes/kubelet.cmdline': argv('kubelet', '--config=/var/lib/kubelet/config.yaml'),
    'files/var/lib/kubelet/config.yaml': `${CONFIG}staticPodPath: /srv/static\n`,
    'files/srv/static/api-server.yaml': MANIFEST,
  });
  assert.equal([staticPodDir(n).path, staticPodDir(n).fallback], ['/srv/static', undefined]);
  assert.equal([manifestTarget(n, 'apiserver').path, manifestTarget(n, 'scheduler').path], ['/srv/static/api-server.yaml', '/srv/static/kube-scheduler.yaml']);
  assert.equal(pkiDir(n), { path: '/srv/pki', how: "the folder of the API server's --client-ca-file" });
  const bare = nodeOf({ 'stats.tsv': '#\n' });
  assert.equal([staticPodDir(bare).path, staticPodDir(bare).fallback, pkiDir(bare).path], ['/etc/kubernetes/manifests', true, '/etc/kubernetes/pki']);
});

test('etcd data folder: flag, environment, kubeadm default', () => {
  assert.is(etcdDataDir(nodeOf({ 'processes/etcd.cmdline': argv('etcd', '--data-dir', '/d1') })).path, '/d1');
  assert.equal(etcdDataDir(nodeOf({ 'processes/etcd.cmdline': argv('etcd') })), { path: '/var/lib/etcd', how: "kubeadm's etcd data folder, as etcd has no --data-dir", fallback: true });
});

test('etcd with --config-file: its data-dir decides; flags and environment are ignored; unknown when not collected', () => {
  const withFile = nodeOf({
    'processes/etcd.cmdline': argv('etcd', '--config-file=/etc/etcd/etcd.conf.yaml', '--data-dir=/ignored'),
    'files/etc/etcd/etcd.conf.yaml': 'name: cp-1\ndata-dir: /var/lib/etcd-data\n',
  });
  assert.equal([etcdDataDir(withFile).path, etcdDataDir(withFile).unknown], ['/var/lib/etcd-data', undefined]);
  const missing = nodeOf({ 'processes/etcd.cmdline': argv('etcd', '--config-file=/etc/etcd/etcd.conf.yaml', '--data-dir=/ignored') });
  assert.match(etcdDataDir(missing).unknown ?? '', /was not collected/);
});

test('kube-scheduler with --config: clientConnection.kubeconfig decides, --kubeconfig is ignored', () => {
  const n = nodeOf({
    'processes/scheduler.cmdline': argv('kube-scheduler', '--config=/etc/kubernetes/sched.yaml', '--kubeconfig=/etc/kubernetes/scheduler.conf'),
    'files/etc/kubernetes/sched.yaml': 'apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\nclientConnection:\n  kubeconfig: /etc/kubernetes/local.conf\n',
  });
  assert.is(schedulerKubeconfig(n).path, '/etc/kubernetes/local.conf');
  const flagOnly = nodeOf({ 'processes/scheduler.cmdline': argv('kube-scheduler', '--kubeconfig=/etc/kubernetes/s.conf') });
  assert.is(schedulerKubeconfig(flagOnly).path, '/etc/kubernetes/s.conf');
  const notCollected = nodeOf({ 'processes/scheduler.cmdline': argv('kube-scheduler', '--config=/etc/kubernetes/sched.yaml') });
  assert.match(schedulerKubeconfig(notCollected).unknown ?? '', /ignores --kubeconfig/);
});

test('kubelet and kube-proxy kubeconfigs', () => {
  assert.is(kubeletKubeconfig(nodeOf({ 'processes/kubelet.cmdline': argv('kubelet', '--kubeconfig=/k.conf') })).path, '/k.conf');
  assert.equal(kubeletKubeconfig(nodeOf({ 'processes/kubelet.cmdline': argv('kubelet') })).fallback, true);
  const p = nodeOf({
    'processes/proxy.cmdline': argv('kube-proxy', '--config=/etc/kp/config.yaml', '--kubeconfig=/ignored.conf'),
    'files/etc/kp/config.yaml': 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclientConnection:\n  kubeconfig: ../kp.conf\n',
  });
  assert.is(proxyKubeconfig(p).path, '/etc/kp.conf');
});

test('CNI folder: the kubelet flag before v1.24, the runtime default since', () => {
  const flags = { 'processes/kubelet.cmdline': argv('kubelet', '--cni-conf-dir=/opt/cni/conf') };
  assert.is(cniConfDir(nodeOf(flags, version('v1.23.4'))).path, '/opt/cni/conf');
  assert.equal([cniConfDir(nodeOf(flags, version('v1.31.0'))).path, cniConfDir(nodeOf(flags, version('v1.31.0'))).fallback], ['/etc/cni/net.d', true]);
});

test('kubelet unit files in every systemd folder', () => {
  const n = nodeOf({
    'stats.tsv': [
      '# path\ttype\tmode\tuid\tgid\tuser\tgroup\trealpath',
      '/etc/systemd/system/kubelet.service\tmissing\t-\t-\t-\t-\t-\t-',
      '/lib/systemd/system/kubelet.service.d/10-kubeadm.conf\tfile\t0644\t0\t0\troot\troot\t-',
      '/usr/lib/systemd/system/kubelet.service\tfile\t0644\t0\t0\troot\troot\t-',
      '/usr/lib/systemd/system/kubelet.service.d\tdir\t0755\t0\t0\troot\troot\t-',
      '/usr/lib/systemd/system/kube-proxy.service\tfile\t0644\t0\t0\troot\troot\t-',
      '',
    ].join('\n'),
  });
  const { files, recorded } = kubeletServiceFiles(n);
  assert.equal([files.map((f) => f.path), recorded.length], [['/lib/systemd/system/kubelet.service.d/10-kubeadm.conf', '/usr/lib/systemd/system/kubelet.service'], 3]);
});

test.run();
