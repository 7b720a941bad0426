// secret-manifest-values: Secret manifests with data/stringData values fail with key names only; no value in any output.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/secret-manifest-values.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';
import { allOutputs, leakedCanaries } from '../../helpers/canaries.js';

const dir = fixturesDir(rule, 'hardening');
const CANARIES = ['KUBECIS-CANARY-USER', 'KUBECIS-CANARY-TOKEN-base64', 'KUBECIS-CANARY-PASSWORD-plain', 'S1VCRUNJUy1DQU5BUlktVVNFUg=='];
const cases = [
  { fixture: 'pass-no-values.yaml', want: [{ name: 'db', status: 'pass' }, { name: 'placeholders', status: 'pass' }] },
  { fixture: 'fail-data-and-stringdata.yaml', want: [{ name: 'api-credentials', status: 'fail', line: 9, column: 13 }] },
];

const test = suite('secret-manifest-values');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the message names the keys, never the values', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-data-and-stringdata.yaml'));
  assert.is(ev.verdict.message, 'Secret "api-credentials" carries values for "data.username", "data.token", "stringData.password" in the manifest');
});
test('no canary value reaches any report format', async () => {
  const out = await allOutputs(path.join(dir, 'fail-data-and-stringdata.yaml'));
  assert.ok(out.includes('api-credentials'), 'the finding is in the output');
  assert.equal(leakedCanaries(out, CANARIES), []);
});
test.run();
