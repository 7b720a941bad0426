// SARIF reporter: schema validity of every sample, GitHub code scanning shape, stable fingerprints, Helm source mapping.
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import AjvModule from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { MAX_RESULTS_PER_RUN, renderSarif, type SarifOptions } from '../../lib/report/sarif.js';
import type { Report, Result } from '../../lib/report/types.js';
import { XSS_NAME, largeReport, sampleReport, summarize } from '../helpers/sample-report.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../lib/data/schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object;
// Both packages are CommonJS with the class/plugin also on `.default`, which is what NodeNext types describe.
const ajv = new AjvModule.default({ allErrors: true, strict: false });
formatsModule.default(ajv);
const validateSchema = ajv.compile(schema);

function render(report: Report, opts?: SarifOptions): Sarif.Log {
  const text = renderSarif(report, opts);
  assert.ok(text.endsWith('}\n'), 'output ends with a newline');
  const log = JSON.parse(text) as Sarif.Log;
  const ok = validateSchema(log);
  assert.ok(ok, `schema errors: ${JSON.stringify(validateSchema.errors?.slice(0, 5), null, 1)}`);
  return log;
}

function run(log: Sarif.Log): Sarif.Run {
  assert.is(log.runs.length, 1);
  return log.runs[0];
}

function resultFor(r: Sarif.Run, ruleId: string, name: string): Sarif.Result {
  const found = r.results?.find((x) => x.ruleId === ruleId && x.locations?.[0].logicalLocations?.[0].name === name);
  assert.ok(found, `result for ${ruleId} / ${name}`);
  return found!;
}

function uriOf(res: Sarif.Result): string | undefined {
  return res.locations?.[0].physicalLocation?.artifactLocation?.uri;
}

const test = suite('report/sarif');

const samples: [string, Report, SarifOptions?][] = [
  ['sample', sampleReport()],
  ['sample without frameworks', sampleReport({ noFrameworks: true })],
  ['sample with baseline', sampleReport({ baseline: true })],
  ['sample with relative srcRoot and chartPath', sampleReport(), { srcRoot: 'deploy', chartPath: 'charts/node-exporter' }],
  ['sample with absolute srcRoot', sampleReport(), { srcRoot: '/home/runner/work/repo', automationId: 'kubecis/prod/' }],
  ['sample with stdinPath', sampleReport(), { stdinPath: 'overlays/prod/kustomization.yaml' }],
  ['empty report', { ...sampleReport(), controls: [], results: [], errors: [], summary: summarize([]) }],
  ['report without scan time', { ...sampleReport(), scan: { ...sampleReport().scan, startedAt: undefined } }],
  ['1,000 generated results', largeReport(1000)],
];
for (const [name, report, opts] of samples) {
  test(`valid against the SARIF 2.1.0 schema: ${name}`, () => {
    render(report, opts);
  });
}

test('byte-identical output for the same input; only the invocation time follows the scan time', () => {
  const a = renderSarif(sampleReport({ baseline: true }), { srcRoot: 'deploy' });
  const b = renderSarif(sampleReport({ baseline: true }), { srcRoot: 'deploy' });
  assert.is(a, b);
  const later = sampleReport({ baseline: true });
  const c = renderSarif({ ...later, scan: { ...later.scan, startedAt: '2027-01-01T00:00:00Z' } }, { srcRoot: 'deploy' });
  assert.is.not(a, c);
  assert.is(a.replace('2026-03-14T09:26:53Z', '2027-01-01T00:00:00Z'), c);
});

test('tool driver: name, version, information URI and one rule per control keyed by the stable rule slug', () => {
  const r = run(render(sampleReport()));
  const d = r.tool.driver;
  assert.is(d.name, 'kubecis');
  assert.is(d.version, '0.1.0');
  assert.is(d.semanticVersion, '0.1.0');
  assert.match(d.informationUri ?? '', /^https:\/\//);
  const report = sampleReport();
  assert.equal(d.rules?.map((x) => x.id), report.controls.map((c) => c.ruleId));
  for (const rule of d.rules ?? []) {
    assert.ok(rule.shortDescription?.text, `${rule.id} short description`);
    assert.ok(rule.fullDescription?.text, `${rule.id} full description`);
    assert.ok(rule.help?.text && rule.help.markdown, `${rule.id} help`);
    assert.ok((rule.name ?? '').length <= 255);
    const tags = rule.properties?.tags ?? [];
    assert.ok(tags.length <= 20);
    assert.ok(tags.includes('security'), `${rule.id} is tagged security`);
    assert.ok(tags.includes('cis-1.12'), `${rule.id} carries the benchmark id`);
  }
});

test('rule metadata: level, security-severity, precision, control number, frameworks and help in three parts', () => {
  const rules = run(render(sampleReport())).tool.driver.rules ?? [];
  const byId = new Map(rules.map((x) => [x.id, x]));
  const priv = byId.get('pod-privileged-containers')!;
  assert.is(priv.defaultConfiguration?.level, 'error');
  assert.is(priv.properties?.['security-severity'], '8.0');
  assert.is(priv.properties?.precision, 'high');
  assert.match(priv.name ?? '', /CIS 5\.2\.2/);
  const tags = priv.properties?.tags ?? [];
  for (const t of ['CIS-5.2.2', 'cis-manual', 'nist-800-53/AC-6', 'nist-800-53/CM-7', 'pss/baseline', 'mitre-attack/T1611']) {
    assert.ok(tags.includes(t), `tag ${t} in ${tags.join(',')}`);
  }
  assert.equal(priv.properties?.frameworks, { 'mitre-attack': ['T1611'], 'nist-800-53': ['AC-6', 'CM-7'], pss: ['baseline'] });
  const md = priv.help?.markdown ?? '';
  assert.match(md, /### Why it matters\n\nA privileged container has the host's devices/);
  assert.match(md, /### How to fix\n\nRemove privileged: true/);
  assert.match(md, /\| 5\.2\.2 \|/);
  assert.match(priv.help?.text ?? '', /How to fix: Remove privileged: true/);

  const etcd = byId.get('etcd-client-cert-auth')!;
  assert.is(etcd.defaultConfiguration?.level, 'error');
  assert.is(etcd.properties?.['security-severity'], '9.5');
  assert.is(etcd.properties?.precision, 'very-high');
  assert.is(byId.get('apiserver-profiling')!.defaultConfiguration?.level, 'warning');
  assert.is(byId.get('apiserver-profiling')!.properties?.['security-severity'], '5.5');
  assert.is(byId.get('pod-secrets-as-env')!.defaultConfiguration?.level, 'note');
  assert.is(byId.get('pod-secrets-as-env')!.properties?.['security-severity'], '3.0');
});

test('only failing results become SARIF results, each pointing at its rule; the rest is counted', () => {
  const report = sampleReport();
  const r = run(render(report));
  const fails = report.results.filter((x) => x.status === 'fail');
  assert.is(r.results?.length, fails.length);
  const rules = r.tool.driver.rules ?? [];
  r.results?.forEach((res, i) => {
    assert.is(res.ruleId, fails[i].ruleId, 'engine order is kept');
    assert.is(rules[res.ruleIndex!].id, res.ruleId);
    assert.is(res.kind, undefined, 'kind defaults to fail');
  });
  assert.equal(r.properties?.summary, report.summary);
  assert.equal(r.properties?.resultsOmitted, { error: 1, manual: 3, 'not-applicable': 1, pass: 6 });
});

test('result: level from severity, message naming resource and value, region, logical location', () => {
  const r = run(render(sampleReport()));
  const api = resultFor(r, 'pod-privileged-containers', 'api');
  assert.is(api.level, 'error');
  assert.is(api.message.text, 'Deployment "payments/api": privileged containers: "api", "envoy"');
  assert.equal(api.locations?.[0].physicalLocation, {
    artifactLocation: { uri: 'manifests/payments/api.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 31, startColumn: 27, endLine: 31, endColumn: 31 },
  });
  assert.equal(api.locations?.[0].logicalLocations, [
    {
      name: 'api',
      fullyQualifiedName: 'payments/Deployment/api',
      kind: 'resource',
      properties: { kubernetesKind: 'Deployment', namespace: 'payments' },
    },
  ]);
  assert.equal(api.properties, {
    controlId: '5.2.2',
    severity: 'high',
    fieldPath: 'spec.template.spec.containers[name=api].securityContext.privileged',
    frameworks: { 'mitre-attack': ['T1611'], 'nist-800-53': ['AC-6', 'CM-7'], pss: ['baseline'] },
  });

  const kubelet = resultFor(r, 'kubelet-anonymous-auth', 'worker-1');
  assert.is(kubelet.message.text, 'Node "worker-1" in cluster "prod-eu": anonymous-auth is true (from config)');
  assert.is(uriOf(kubelet), 'bundles/worker-1.tar.gz!var/lib/kubelet/config.yaml');
  assert.is(kubelet.locations?.[0].logicalLocations?.[0].fullyQualifiedName, 'prod-eu/Node/worker-1');
  assert.is(kubelet.locations?.[0].logicalLocations?.[0].kind, 'module');

  const profiling = resultFor(r, 'apiserver-profiling', 'cp-1');
  assert.is(profiling.level, 'warning');
  // A region without a known end column runs to the end of its line.
  const audit = resultFor(r, 'apiserver-audit-log-path', 'cp-1');
  assert.equal(audit.locations?.[0].physicalLocation?.region, { startLine: 14, startColumn: 5, endLine: 14 });
});

test('hostile names stay data: encoded URIs, plain message text, valid JSON', () => {
  const r = run(render(sampleReport()));
  const evil = resultFor(r, 'pod-privileged-containers', XSS_NAME);
  assert.is(uriOf(evil), 'manifests/shop/%3Cevil%3E.yaml');
  assert.is(evil.message.text, `Deployment "shop/${XSS_NAME}": privileged containers: "${XSS_NAME}"`);
  const withColon = sampleReport();
  const odd: Report = {
    ...withColon,
    results: withColon.results.map((x) =>
      x.location?.file === 'manifests/rbac.yaml' ? { ...x, location: { ...x.location, file: 'c:odd dir/a#b?.yaml' } } : x,
    ),
  };
  const res = resultFor(run(render(odd)), 'rbac-cluster-admin-bindings', 'ci-deployer');
  assert.is(uriOf(res), 'c%3Aodd%20dir/a%23b%3F.yaml', 'no segment reads as a scheme, query or fragment');
});

function shiftLines(report: Report, by: number): Report {
  return {
    ...report,
    results: report.results.map((r): Result =>
      r.location
        ? {
            ...r,
            location: {
              ...r.location,
              startLine: r.location.startLine + by,
              ...(r.location.endLine !== undefined ? { endLine: r.location.endLine + by } : {}),
            },
          }
        : r,
    ),
  };
}

function fingerprints(log: Sarif.Log): string[] {
  return (run(log).results ?? []).map((x) => x.partialFingerprints?.primaryLocationLineHash ?? '');
}

test('fingerprints: set for GitHub, unique per finding, stable when lines move, not when identity changes', () => {
  const base = render(sampleReport());
  const fps = fingerprints(base);
  for (const fp of fps) assert.match(fp, /^[0-9a-f]{32}$/);
  assert.is(new Set(fps).size, fps.length, 'one fingerprint per finding');
  for (const res of run(base).results ?? []) {
    assert.is(res.partialFingerprints?.['kubecisFinding/v1'], res.partialFingerprints?.primaryLocationLineHash);
  }

  assert.equal(fingerprints(render(shiftLines(sampleReport(), 25))), fps, 'lines moved down');
  const moved = sampleReport();
  const reCollected: Report = {
    ...moved,
    results: moved.results.map((r) =>
      r.location ? { ...r, location: { ...r.location, file: r.location.file.replace('worker-1.tar.gz', 'worker-1-2026-04.tar.gz'), startColumn: 1 } } : r,
    ),
  };
  assert.equal(fingerprints(render(reCollected)), fps, 're-collected bundle, other column');

  const renamed = sampleReport();
  const other: Report = {
    ...renamed,
    results: renamed.results.map((r) => (r.target.name === 'api' ? { ...r, target: { ...r.target, name: 'api-v2' } } : r)),
  };
  const changed = fingerprints(render(other));
  const idx = (run(base).results ?? []).findIndex((x) => x.locations?.[0].logicalLocations?.[0].name === 'api');
  assert.is.not(changed[idx], fps[idx], 'another resource is another finding');
  assert.equal(changed.filter((_, i) => i !== idx), fps.filter((_, i) => i !== idx));

  const field = sampleReport();
  const otherField: Report = {
    ...field,
    results: field.results.map((r) => (r.target.name === 'api' && r.fieldPath ? { ...r, fieldPath: `${r.fieldPath}x` } : r)),
  };
  assert.is.not(fingerprints(render(otherField))[idx], fps[idx], 'another field is another finding');
});

test('Helm: alert lands on the chart template, rendered position kept as related location', () => {
  const r = run(render(sampleReport()));
  const ds = resultFor(r, 'pod-privileged-containers', 'node-exporter');
  assert.equal(ds.locations?.[0].physicalLocation, {
    artifactLocation: { uri: 'node-exporter/templates/daemonset.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 1 },
  });
  assert.match(ds.message.text ?? '', /line 142 of the rendered output in \[standard input\]\(1\)/);
  assert.equal(ds.relatedLocations, [
    {
      id: 1,
      physicalLocation: {
        artifactLocation: { description: { text: 'standard input' } },
        region: { startLine: 142, startColumn: 27, endLine: 142, endColumn: 31 },
      },
      message: { text: 'rendered output' },
    },
  ]);

  const mapped = run(render(sampleReport(), { srcRoot: 'deploy', chartPath: 'charts/prometheus-node-exporter/' }));
  const ds2 = resultFor(mapped, 'pod-host-network', 'node-exporter');
  assert.is(uriOf(ds2), 'charts/prometheus-node-exporter/templates/daemonset.yaml', 'chart name replaced by its directory');
  assert.is(uriOf(resultFor(mapped, 'pod-privileged-containers', 'api')), 'deploy/manifests/payments/api.yaml');

  const fromFile = sampleReport();
  const rendered: Report = {
    ...fromFile,
    results: fromFile.results.map((x) => (x.location?.file === '-' ? { ...x, location: { ...x.location, file: 'rendered/all.yaml' } } : x)),
  };
  const ds3 = resultFor(run(render(rendered, { srcRoot: 'ci' })), 'pod-privileged-containers', 'node-exporter');
  assert.is(uriOf(ds3), 'ci/node-exporter/templates/daemonset.yaml');
  assert.is(ds3.relatedLocations?.[0].physicalLocation?.artifactLocation?.uri, 'ci/rendered/all.yaml');
  assert.match(ds3.message.text ?? '', /in \[rendered\/all\.yaml\]\(1\)/);
});

test('Kustomize (standard input without # Source:): alerts land on stdinPath when given', () => {
  const base = sampleReport();
  const kustomized: Report = {
    ...base,
    results: base.results.map((x) => {
      if (!x.location?.helmSource) return x;
      const { helmSource: _h, ...loc } = x.location;
      return { ...x, location: loc };
    }),
  };
  const plain = resultFor(run(render(kustomized)), 'pod-host-network', 'node-exporter');
  assert.equal(plain.locations?.[0].physicalLocation, {
    artifactLocation: { description: { text: 'standard input' } },
    region: { startLine: 118, startColumn: 20, endLine: 118 },
  });
  assert.is(plain.relatedLocations, undefined);

  const mapped = resultFor(run(render(kustomized, { stdinPath: 'overlays/prod/kustomization.yaml', srcRoot: 'x' })), 'pod-host-network', 'node-exporter');
  assert.equal(mapped.locations?.[0].physicalLocation, {
    artifactLocation: { uri: 'overlays/prod/kustomization.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 1 },
  });
  assert.match(mapped.message.text ?? '', /line 118 of the rendered output in \[standard input\]\(1\); the alert marks the file that produced it\)$/);
  assert.equal(mapped.relatedLocations?.[0].physicalLocation?.region, { startLine: 118, startColumn: 20, endLine: 118 });
});

test('paths: relative srcRoot prefixes URIs; absolute srcRoot becomes the %SRCROOT% base', () => {
  const rel = run(render(sampleReport(), { srcRoot: './deploy/' }));
  assert.is(uriOf(resultFor(rel, 'rbac-cluster-admin-bindings', 'ci-deployer')), 'deploy/manifests/rbac.yaml');
  assert.equal(Object.keys(rel.originalUriBaseIds ?? {}), ['%SRCROOT%']);
  assert.is(rel.originalUriBaseIds?.['%SRCROOT%'].uri, undefined);

  const abs = run(render(sampleReport(), { srcRoot: '/home/runner/work/my repo' }));
  assert.is(abs.originalUriBaseIds?.['%SRCROOT%'].uri, 'file:///home/runner/work/my%20repo/');
  assert.is(uriOf(resultFor(abs, 'rbac-cluster-admin-bindings', 'ci-deployer')), 'manifests/rbac.yaml');
});

test('automation details: default category per benchmark, or as given', () => {
  assert.is(run(render(sampleReport())).automationDetails?.id, 'kubecis/cis-1.12/');
  assert.is(run(render(sampleReport(), { automationId: 'kubecis/helm-web/' })).automationDetails?.id, 'kubecis/helm-web/');
});

test('invocation: scan time, input errors and undecidable controls as notifications', () => {
  const r = run(render(sampleReport()));
  const inv = r.invocations?.[0];
  assert.is(inv?.executionSuccessful, true);
  assert.is(inv?.startTimeUtc, '2026-03-14T09:26:53Z');
  const notes = inv?.toolExecutionNotifications ?? [];
  assert.equal(notes.map((n) => n.descriptor?.id), ['input-error', 'control-error']);
  assert.is(notes[0].message.text, 'manifests/broken.yaml: YAML parse error: bad indentation of a mapping entry');
  assert.equal(notes[0].locations?.[0].physicalLocation?.region, { startLine: 7 });
  assert.is(notes[1].associatedRule?.id, 'kubelet-anonymous-auth');
  assert.is(r.tool.driver.rules?.[notes[1].associatedRule!.index!].id, 'kubelet-anonymous-auth');
  assert.match(notes[1].message.text ?? '', /Node "worker-2"/);
});

test('baseline: baselineState carried on results; fixed (absent) findings are left to code scanning to close', () => {
  const report = sampleReport({ baseline: true });
  const r = run(render(report));
  const fails = report.results.filter((x) => x.status === 'fail');
  assert.is(r.results?.length, fails.length);
  r.results?.forEach((res, i) => {
    assert.is(res.baselineState, (fails[i] as { baselineState?: string }).baselineState);
  });
  const absentFail: Report = {
    ...report,
    results: report.results.map((x) => ((x as { baselineState?: string }).baselineState === 'absent' ? { ...x, status: 'fail' } : x)),
  };
  const r2 = run(render(absentFail));
  assert.is(r2.results?.length, fails.length);
  assert.is((r2.properties?.resultsOmitted as Record<string, number>).absent, 1);
  assert.is((run(render(report)).properties?.resultsOmitted as Record<string, number>).absent, 1);
  assert.is(run(render(sampleReport())).results?.[0].baselineState, undefined);
});

test('waived results raise no alert and are counted', () => {
  const r = run(render(sampleReport({ waivers: true })));
  assert.not.ok(r.results?.some((x) => x.locations?.[0].logicalLocations?.[0].name === 'ci-deployer'));
  assert.is((r.properties?.resultsOmitted as Record<string, number>).waived, 1);
});

test('defensive: unknown statuses are omitted, results of unlisted controls get a rule, fields without values are safe', () => {
  const report = sampleReport();
  const odd: Report = {
    ...report,
    results: [
      ...report.results.map((x) => (x.target.name === 'api' && x.status === 'fail' ? { ...x, status: 'waived' as never } : x)),
      {
        controlId: '9.9.9', ruleId: 'future-rule', title: 'Something new', severity: 'weird' as never, status: 'fail',
        target: { kind: 'Pod', name: 'p' }, message: 'no location at all',
        location: { file: 'a.yaml', startLine: 0, startColumn: -3, endLine: 0, endColumn: 0 },
      },
    ],
  };
  const r = run(render(odd));
  assert.is((r.properties?.resultsOmitted as Record<string, number>).waived, 1);
  const last = r.results!.at(-1)!;
  assert.is(last.ruleId, 'future-rule');
  assert.is(r.tool.driver.rules?.[last.ruleIndex!].id, 'future-rule');
  assert.is(last.level, 'warning');
  assert.equal(last.locations?.[0].physicalLocation?.region, { startLine: 1, startColumn: 1 });
});

test('limits: at most 25,000 results per run, the most severe kept in engine order, with a notification', () => {
  const big = largeReport(MAX_RESULTS_PER_RUN + 500);
  const allFail: Report = { ...big, results: big.results.map((x) => ({ ...x, status: 'fail' as const })) };
  const log = JSON.parse(renderSarif(allFail)) as Sarif.Log;
  const r = log.runs[0];
  assert.is(r.results?.length, MAX_RESULTS_PER_RUN);
  const low = allFail.results.filter((x) => x.severity === 'low').length;
  const lowKept = (r.results ?? []).filter((x) => x.level === 'note').length;
  assert.is(lowKept, low - 500, 'only low-severity findings were dropped');
  const note = r.invocations?.[0].toolExecutionNotifications?.find((n) => n.descriptor?.id === 'results-over-limit');
  assert.match(note?.message.text ?? '', /^500 failing results were left out/);
  assert.is((r.properties?.resultsOmitted as Record<string, number>).overLimit, 500);
  const idx = (r.results ?? []).map((x) => x.ruleIndex!);
  const controlOrder = allFail.controls.map((c) => c.ruleId);
  const ruleIds = r.tool.driver.rules!.map((x) => x.id);
  const positions = idx.map((i) => controlOrder.indexOf(ruleIds[i]));
  assert.ok(positions.every((p, i) => i === 0 || p >= positions[i - 1]), 'engine order kept');
});

test('long texts are cut to GitHub limits without breaking the document', () => {
  const report = sampleReport();
  const long = 'x'.repeat(5000);
  const odd: Report = {
    ...report,
    controls: report.controls.map((c) => ({ ...c, title: `\ud83d\ude00${long}`, rationale: long })),
    results: report.results.map((x) => ({ ...x, message: `${long}\ud83d\ude00${long}` })),
  };
  const r = run(render(odd));
  for (const rule of r.tool.driver.rules ?? []) {
    assert.ok((rule.name ?? '').length <= 255);
    assert.ok(rule.shortDescription!.text.length <= 1024);
    assert.ok(rule.fullDescription!.text.length <= 1024);
  }
  for (const res of r.results ?? []) assert.ok(res.message.text!.length <= 2000);
});

test.run();
