import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseText } from '../../lib/model/parse.js';
import { containerArg, imagePath, imageTag } from '../../lib/rule/cni.js';
import { containersOf } from '../../lib/rule/workload.js';

const test = suite('cni');

const images = [
  ['docker.io/calico/node:v3.28.1', 'calico/node', 'v3.28.1'],
  ['calico/node', 'calico/node', undefined],
  ['quay.io/cilium/cilium:v1.16.1@sha256:0b4a3ab41a4760d86b7fc945b8783747ba1f29b6f37ab5ee4d1b42fb1fa1ad6a', 'cilium/cilium', 'v1.16.1'],
  ['602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.3', 'amazon-k8s-cni', 'v1.18.3'],
  ['localhost:5000/Flannel/Flannel:v0.25.6', 'flannel/flannel', 'v0.25.6'],
  ['registry.local:5000/kindest/kindnetd:v20240813-c6f155d6', 'kindest/kindnetd', 'v20240813-c6f155d6'],
] as const;
for (const [image, path, tag] of images) {
  test(`image ${image}`, () => {
    assert.is(imagePath(image), path);
    assert.is(imageTag(image), tag);
  });
}

test('containerArg: last occurrence wins, --name value and bare --name forms', () => {
  const text = [
    'apiVersion: v1', 'kind: Pod', 'metadata: { name: p }', 'spec:', '  containers:', '    - name: c', '      image: x',
    '      command: [agent, --network-policy=false]',
    '      args: [--enable-network-policy, "true", --verbose, --network-policy]',
  ].join('\n');
  const [c] = containersOf(parseText(text, 'p.yaml').resources[0]);
  assert.is(containerArg(c, 'network-policy')?.value, 'true');
  assert.is(containerArg(c, 'enable-network-policy')?.value, 'true');
  assert.is(containerArg(c, 'verbose')?.value, 'true');
  assert.is(containerArg(c, 'missing'), undefined);
});
test.run();
