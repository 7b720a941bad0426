// TOML documents with key positions (lib/model/toml.ts) and the runtime files a node bundle carries (lib/model/runtime-files.ts).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseTomlDocument } from '../../lib/model/toml.js';
import { Field } from '../../lib/rule/field.js';
import { nodeBundle, readAll } from '../helpers/mini-bundle.js';

const test = suite('model/toml');

const TEXT = `version = 2
[plugins."io.containerd.grpc.v1.cri"]
  disable_apparmor = true
  caps = [
    "CHOWN",
    "NET_RAW",
  ]
  inline = { a = 1, b.c = "x" }
[[rows]]
name = "first"
[[rows]]
name = "second"
when = 1979-05-27T07:32:00Z
`;

test('values as plain data, every key and array element located', () => {
  const { doc, errors } = parseTomlDocument(TEXT, 'n.tgz!files/etc/containerd/config.toml', 'ContainerdConfig');
  assert.equal(errors, []);
  assert.ok(doc);
  assert.is(doc.kind, 'ContainerdConfig');
  const cri = Field.of(doc, 'plugins', 'io.containerd.grpc.v1.cri');
  assert.is(cri.get('disable_apparmor').value, true);
  assert.equal(cri.get('caps').value, ['CHOWN', 'NET_RAW']);
  const at = (f: Field) => [f.loc.line, f.loc.column, f.loc.exact];
  assert.equal(at(cri.get('disable_apparmor')), [3, 3, true]);
  assert.equal(at(cri.get('caps', 1)), [6, 5, true]);
  assert.equal(at(cri.get('inline', 'b', 'c')), [8, 21, true]);
  assert.equal(at(Field.of(doc, 'rows', 1, 'name')), [12, 1, true]);
  assert.is(Field.of(doc, 'rows', 1, 'when').value, '1979-05-27T07:32:00.000Z');
  assert.equal(at(cri.get('missing')), [2, 1, false], 'an absent key points at its table');
  assert.ok(Object.isFrozen(doc.obj) && Object.isFrozen((doc.obj.plugins as Record<string, unknown>)));
});

test('invalid TOML is a load error with a position and no quoted input', () => {
  const { doc, errors } = parseTomlDocument('a = 1\n[plugins\nsecret = "KUBECIS-CANARY"\n', 'f.toml', 'X');
  assert.is(doc, undefined);
  assert.equal(errors.map((e) => [e.file, e.message, e.line]), [['f.toml', 'not valid TOML; the file was not read', 3]]);
  assert.not.ok(JSON.stringify(errors).includes('KUBECIS-CANARY'));
});

test('a node bundle: containerd and CRI-O files by node path, drop-ins, timers; a broken file is an error and stays without doc', () => {
  const out = readAll(nodeBundle({
    'files/etc/containerd/config.toml': 'version = 2\n[plugins\n',
    'files/etc/crio/crio.conf': '[crio.runtime]\nselinux = true\n',
    'files/etc/crio/crio.conf.d/01-a.conf': '[crio.runtime]\napparmor_profile = "x"\n',
    'files/etc/crio/crio.conf.d/readme.txt': 'not a drop-in',
    'files/etc/systemd/system/backup.timer': '[Timer]\nUnit=backup.service\n',
    'files/etc/systemd/system/backup.service': '[Service]\nExecStart=/usr/bin/etcdctl snapshot save /b\n',
    'files/etc/systemd/system/kubelet.service': '[Service]\n',
  }));
  const node = out.nodes[0];
  const keys = [...node.configFiles.keys()];
  for (const p of ['/etc/containerd/config.toml', '/etc/crio/crio.conf', '/etc/crio/crio.conf.d/01-a.conf', '/etc/systemd/system/backup.service', '/etc/systemd/system/backup.timer']) {
    assert.ok(keys.includes(p), p);
  }
  assert.not.ok(keys.includes('/etc/crio/crio.conf.d/readme.txt'));
  assert.is(node.configFiles.get('/etc/containerd/config.toml')?.doc, undefined);
  assert.equal(out.errors.map((e) => [e.file, e.line]), [['node.tgz!files/etc/containerd/config.toml', 3]]);
  assert.is(node.configFiles.get('/etc/crio/crio.conf.d/01-a.conf')?.doc?.kind, 'CrioConfig');
  assert.match(node.configFiles.get('/etc/systemd/system/backup.service')?.text ?? '', /etcdctl/);
});
test.run();
