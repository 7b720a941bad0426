// The kubelet's systemd unit as the loader keeps it and systemd merges it: unit file priority, drop-in order and
// masking, list settings that accumulate and reset.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { kubeletUnitFiles, unitListSetting } from '../../lib/rule/kubelet-unit.js';
import { argv, nodeOf } from '../helpers/mini-bundle.js';

const STATS_HEADER = '# path\ttype\tmode\tuid\tgid\tuser\tgroup\trealpath\n';
const row = (p: string, type = 'file') => `${p}\t${type}\t${type === 'missing' ? '-' : '0644'}\t0\t0\troot\troot\t-\n`;

const test = suite('kubelet unit');

test('the loader keeps kubelet unit files and drop-ins as text, once per copied file', () => {
  const n = nodeOf({
    'processes/kubelet.cmdline': argv('/usr/bin/kubelet'),
    'files/usr/lib/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n',
    'files/etc/systemd/system/kubelet.service.d/10-kubeadm.conf': '[Service]\nEnvironment="KUBELET_KUBECONFIG_ARGS=--kubeconfig=/etc/kubernetes/kubelet.conf"\n',
    // /lib is a link to /usr/lib on merged-/usr hosts: the copy is stored once, under the resolved path.
    'stats.tsv': `${STATS_HEADER}${row('/etc/systemd/system/kubelet.service', 'missing')}/lib/systemd/system/kubelet.service\tlink\t0777\t0\t0\troot\troot\t/usr/lib/systemd/system/kubelet.service\n${row('/usr/lib/systemd/system/kubelet.service')}`,
  });
  const units = [...n.configFiles.keys()].filter((p) => p.includes('kubelet.service'));
  assert.equal(units, ['/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', '/lib/systemd/system/kubelet.service']);
  assert.match(n.configFiles.get('/lib/systemd/system/kubelet.service')?.text ?? '', /ExecStart/);
  assert.is(n.configFiles.get('/lib/systemd/system/kubelet.service')?.loc.file, 'node.tgz!files/usr/lib/systemd/system/kubelet.service');
});

test('order: the unit from the highest-priority folder, then drop-ins by name, /etc masking the same name elsewhere', () => {
  const n = nodeOf({
    'processes/kubelet.cmdline': argv('/usr/bin/kubelet'),
    'files/usr/lib/systemd/system/kubelet.service': '[Service]\nIPAddressDeny=10.0.0.1\n',
    'files/etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n',
    'files/usr/lib/systemd/system/kubelet.service.d/50-vendor.conf': '[Service]\nIPAddressDeny=any\n',
    'files/etc/systemd/system/kubelet.service.d/50-vendor.conf': '[Service]\n# masks the vendor drop-in\n',
    'files/run/systemd/system/kubelet.service.d/20-run.conf': '[Service]\nIPAddressDeny=192.0.2.1\n',
  });
  const files = kubeletUnitFiles(n);
  assert.equal(files.map((f) => f.path), [
    '/etc/systemd/system/kubelet.service',
    '/run/systemd/system/kubelet.service.d/20-run.conf',
    '/etc/systemd/system/kubelet.service.d/50-vendor.conf',
  ]);
  const deny = unitListSetting(files, 'IPAddressDeny');
  assert.equal(deny.values, ['192.0.2.1']);
  assert.is(deny.where, '"/run/systemd/system/kubelet.service.d/20-run.conf"');
  assert.equal([deny.loc?.file, deny.loc?.line], ['node.tgz!files/run/systemd/system/kubelet.service.d/20-run.conf', 2]);
});

test('list settings accumulate, an empty assignment resets, continuation lines join, other sections are ignored', () => {
  const n = nodeOf({
    'processes/kubelet.cmdline': argv('/usr/bin/kubelet'),
    'files/etc/systemd/system/kubelet.service': '[Unit]\nIPAddressDeny=any\n[Service]\nIPAddressAllow=10.0.0.0/8 \\\n  172.16.0.0/12\nIPAddressAllow=localhost\n',
    'files/etc/systemd/system/kubelet.service.d/90-reset.conf': '[Service]\n; comment\nIPAddressAllow=\nIPAddressAllow=192.168.0.0/16\n',
  });
  const files = kubeletUnitFiles(n);
  assert.equal(unitListSetting(files, 'IPAddressDeny').values, [], 'IPAddressDeny in [Unit] does not count');
  assert.equal(unitListSetting(files.slice(0, 1), 'IPAddressAllow').values, ['10.0.0.0/8', '172.16.0.0/12', 'localhost']);
  const allow = unitListSetting(files, 'IPAddressAllow');
  assert.equal(allow.values, ['192.168.0.0/16']);
  assert.is(allow.loc?.line, 4);
});

test('no unit files: nothing to merge', () => {
  const n = nodeOf({ 'processes/kubelet.cmdline': argv('/usr/bin/kubelet') });
  assert.equal(kubeletUnitFiles(n), []);
  assert.equal(unitListSetting([], 'IPAddressDeny'), { values: [] });
});

test.run();
