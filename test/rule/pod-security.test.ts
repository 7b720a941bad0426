import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseText } from '../../lib/model/parse.js';
import { capabilities, describeContainer, drops, isWindowsPod } from '../../lib/rule/pod-security.js';
import { containersOf } from '../../lib/rule/workload.js';

const POD = `apiVersion: v1
kind: Pod
metadata: { name: p, namespace: n }
spec:
  initContainers:
    - name: init
      securityContext: { capabilities: { drop: [all] } }
  containers:
    - name: app
      securityContext:
        capabilities:
          add: [cap_net_admin, " NET_BIND_SERVICE ", 7]
          drop: [CAP_NET_RAW, chown]
  ephemeralContainers:
    - name: dbg
`;

const pod = parseText(POD, 'pod.yaml').resources[0];
const [init, app, dbg] = containersOf(pod);
const test = suite('lib/rule/pod-security');

test('capability names are upper-cased and lose a CAP_ prefix; non-strings are skipped', () => {
  assert.equal(capabilities(app, 'add').map((e) => [e.name, e.raw, e.prefixed]), [
    ['NET_ADMIN', 'cap_net_admin', true],
    ['NET_BIND_SERVICE', ' NET_BIND_SERVICE ', false],
  ]);
  assert.equal(capabilities(dbg, 'add'), []);
});

test('drops credits ALL in any case and bare names, never CAP_-prefixed ones', () => {
  assert.ok(drops(init, 'NET_RAW'));
  assert.ok(drops(app, 'CHOWN'));
  assert.not.ok(drops(app, 'NET_RAW'));
  assert.not.ok(drops(dbg, 'NET_RAW'));
});

test('containers are described with their kind', () => {
  assert.equal([init, app, dbg].map(describeContainer), ['init container "init"', 'container "app"', 'ephemeral container "dbg"']);
});

test('Windows pods are recognised from spec.os.name only', () => {
  assert.not.ok(isWindowsPod(pod));
  const win = parseText('apiVersion: v1\nkind: Pod\nmetadata: { name: w }\nspec: { os: { name: windows }, containers: [] }\n', 'w.yaml').resources[0];
  assert.ok(isWindowsPod(win));
});

test.run();
