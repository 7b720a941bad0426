// secret-wide-projection: a Secret projected into more than secretMaxConsumers (3) workloads of a namespace fails.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/secret-wide-projection.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-pull-secrets-do-not-count.yaml', options: {}, want: [{ name: 'empty', status: 'not-applicable' }, { name: 'team', status: 'pass' }] },
  // The fourth consumer (the StatefulSet's projected volume) is where the sharing went too far.
  { fixture: 'fail-shared-by-four.yaml', options: {}, want: [{ name: 'shop', status: 'fail', line: 61, column: 28 }] },
  { fixture: 'fail-shared-by-four.yaml', options: { secretMaxConsumers: 4 }, want: [{ name: 'shop', status: 'pass' }] },
];

const test = suite('secret-wide-projection');
for (const { fixture, options, want } of cases) test(`${fixture} ${JSON.stringify(options)}`, async () => assert.equal(await checkRule(rule, path.join(dir, fixture), { options }), want));
test('the message lists the workloads by every kind of projection', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-shared-by-four.yaml'));
  assert.is(ev.verdict.message, 'Secret "shared-db" is projected into 4 workloads: Deployment "web", Deployment "api", CronJob "report", StatefulSet "cache"');
});
test.run();
