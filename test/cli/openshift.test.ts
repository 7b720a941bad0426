// End to end: a realistic OpenShift 4.15 cluster bundle plus one control plane node bundle, scanned with the
// default --benchmark auto, picks rh-1.8 and evaluates every recommendation without load or rule errors.
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../helpers/cli.js';
import { fromRoot } from '../helpers/paths.js';

interface Result {
  controlId: string;
  ruleId: string;
  status: string;
  target: { kind: string; name: string };
  message: string;
}

const inputs = [fromRoot('test', 'fixtures', 'openshift', 'cluster'), fromRoot('test', 'fixtures', 'openshift', 'master-0')];
const test = suite('openshift end to end');

test('auto-detected rh-1.8 scan of an OpenShift dump', () => {
  const r = runCli(['scan', '--format', 'json', ...inputs]);
  assert.is(r.code, 1, `failures give exit code 1; stderr: ${r.stderr}`);
  const report = JSON.parse(r.stdout) as { benchmark: { id: string; selectedBy: string }; errors: unknown[]; results: Result[]; scan: { nodes: string[] } };
  assert.is(report.benchmark.id, 'rh-1.8');
  assert.match(report.benchmark.selectedBy, /OpenShift/);
  assert.equal(report.errors, []);
  assert.equal(report.scan.nodes, ['master-0.prod-east.example.com', 'worker-0.prod-east.example.com']);
  const errors = report.results.filter((x) => x.status === 'error');
  assert.equal(errors.map((x) => `${x.controlId} ${x.ruleId}: ${x.message}`), []);

  const bench = JSON.parse(readFileSync(fromRoot('lib', 'data', 'benchmarks', 'rh-1.8.json'), 'utf8')) as { recommendations: { id: string; rules: string[] }[] };
  for (const rec of bench.recommendations) {
    assert.ok(report.results.some((x) => x.controlId === rec.id), `${rec.id} has a result`);
  }
  const status = (control: string, name?: string) => report.results.filter((x) => x.controlId === control && (name === undefined || x.target.name === name)).map((x) => x.status);
  // A default installation: encryption off, no registry restriction, root-owned etcd data, AlwaysPullImages off.
  assert.equal(status('1.2.29'), ['fail']);
  assert.equal(status('5.5.1'), ['fail']);
  assert.equal(status('1.1.12'), ['fail']);
  assert.equal(status('1.2.9'), ['fail']);
  // What the operators render passes, from the configs embedded in their ConfigMaps and the node's files.
  for (const c of ['1.1.1', '1.1.21', '1.2.1', '1.2.5', '1.2.12', '1.2.17', '1.2.30', '1.3.2', '1.4.1', '3.2.1']) assert.equal(status(c), ['pass'], c);
  // The built-in privileged SCC exists, but only platform identities can use it.
  assert.equal(status('5.2.1', 'privileged'), ['pass']);
  assert.equal(status('4.2.13'), ['pass', 'pass'], 'the node bundle and the configz of the API-only worker');
  assert.equal(status('4.1.1'), ['pass', 'manual'], 'file modes of the API-only worker were not collected');
  assert.equal(status('4.1.3'), ['not-applicable'], 'OVN-Kubernetes runs no kube-proxy');
});

test.run();
