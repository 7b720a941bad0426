// Which V8 tier-up flags the CLI sets for itself (bin/tier-up.ts).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { tierUpFlags } from '../../bin/tier-up.js';

const test = suite('cli/tier-up');

const cases: [string, string, Record<string, string>, string[], string[]][] = [
  ['Node 20 (V8 11.3)', '11.3.244.8-node.38', {}, [], ['--interrupt-budget=270336']],
  ['other node options do not matter', '11.3.244.8-node.38', { NODE_OPTIONS: '--max-old-space-size=4096' }, ['--import', 'x.mjs'], ['--interrupt-budget=270336']],
  ['V8 12 (not measured there)', '12.4.254.21-node.33', {}, [], []],
  ['V8 13', '13.6.233.10-node.18', {}, [], []],
  ['asked for the defaults', '11.3.244.8-node.38', { KUBECIS_V8_DEFAULTS: '1' }, [], []],
  ['a budget given to node', '11.3.244.8-node.38', {}, ['--interrupt-budget=1000'], []],
  ['a budget in NODE_OPTIONS', '11.3.244.8-node.38', { NODE_OPTIONS: '--interrupt_budget=1000' }, [], []],
];

for (const [name, v8, env, execArgv, want] of cases) {
  test(name, () => {
    assert.equal(tierUpFlags(v8, env, execArgv), want);
  });
}

test.run();
