// The collector scripts are POSIX sh: they parse under sh, dash and busybox sh, and ShellCheck finds nothing.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { COLLECTOR, run } from './support.js';

const test = suite('collector: shell lint');

test('the scripts parse under sh -n, dash -n, busybox sh -n and pass ShellCheck in POSIX mode', async () => {
  for (const script of ['kubecis-collect.sh', 'kubecis-collect-in-cluster.sh']) {
    const file = path.join(path.dirname(COLLECTOR), script);
    for (const sh of [['sh'], ['dash'], ['busybox', 'sh']]) {
      const r = await run(sh, '-n', [file]);
      assert.is(r.code, 0, `${sh.join(' ')} -n ${script}: ${r.stderr}`);
    }
    const sc = await run(['shellcheck'], '-s', ['sh', '-S', 'style', file]);
    assert.is(sc.code, 0, `shellcheck ${script} (install the Debian package shellcheck):\n${sc.stdout.toString()}${sc.stderr}`);
  }
});

test.run();
