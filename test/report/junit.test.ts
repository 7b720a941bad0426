// JUnit reporter: well-formed XML, one testcase per (control, target), failures/errors/skips with message and location.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderJunit } from '../../lib/report/junit.js';
import type { Report } from '../../lib/report/types.js';
import { XSS_MESSAGE, XSS_NAME, largeReport, sampleReport, summarize } from '../helpers/sample-report.js';

type Node = Record<string, unknown> & { '#text'?: string };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Strict checks the validator leaves out, then a parse into plain objects with decoded attribute values. */
function parse(xml: string): Node {
  const valid = XMLValidator.validate(xml);
  assert.ok(valid === true, `not well-formed: ${JSON.stringify(valid)}`);
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
  assert.not.match(xml, /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/, 'every & starts a known reference');
  assert.not.match(xml, /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u, 'only XML 1.0 characters');
  for (const m of xml.matchAll(/="([^"]*)"/g)) assert.not.ok(m[1].includes('<'), `raw < in attribute ${m[1]}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: false,
    trimValues: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
    attributeValueProcessor: (_name, value) => decode(value),
    tagValueProcessor: (_name, value) => decode(value),
  });
  return parser.parse(xml) as Node;
}

function suites(doc: Node): Node[] {
  return (doc.testsuites as Node).testsuite as Node[];
}

function cases(doc: Node): Node[] {
  return suites(doc).flatMap((s) => (s.testcase as Node[]) ?? []);
}

const test = suite('report/junit');

test('well-formed, deterministic, counts add up at every level', () => {
  const report = sampleReport();
  const xml = renderJunit(report);
  assert.is(renderJunit(sampleReport()), xml);
  const doc = parse(xml);
  const root = doc.testsuites as Node;
  const inputErrors = report.errors.length;
  assert.is(root['@tests'], String(report.results.length + inputErrors));
  assert.is(root['@failures'], String(report.summary.fail));
  assert.is(root['@errors'], String(report.summary.error + inputErrors));
  assert.is(root['@skipped'], String(report.summary.manual + report.summary.notApplicable));
  assert.is(root['@timestamp'], '2026-03-14T09:26:53Z');
  for (const s of suites(doc)) {
    const tc = s.testcase as Node[];
    assert.is(s['@tests'], String(tc.length));
    assert.is(s['@failures'], String(tc.filter((c) => c.failure !== undefined).length));
    assert.is(s['@errors'], String(tc.filter((c) => c.error !== undefined).length));
    assert.is(s['@skipped'], String(tc.filter((c) => c.skipped !== undefined).length));
  }
});

test('one testsuite per control with results, one testcase per (control, target), in engine order', () => {
  const report = sampleReport();
  const doc = parse(renderJunit(report));
  const names = suites(doc).map((s) => s['@name']);
  const withResults = report.controls.filter((c) => report.results.some((r) => r.controlId === c.controlId));
  assert.equal(names, [...withResults.map((c) => `${c.controlId} ${c.title}`), 'kubecis input']);
  const tc = cases(doc).filter((c) => c['@classname'] !== 'kubecis.input');
  assert.is(tc.length, report.results.length);
  tc.forEach((c, i) => {
    const r = report.results[i];
    assert.is(c['@classname'], `kubecis.${r.ruleId}`);
    assert.ok(String(c['@name']).startsWith(`CIS ${r.controlId}: `));
  });
  const props = (suites(doc)[0].properties as Node).property as Node[];
  assert.equal(
    props.map((p) => [p['@name'], p['@value']]),
    [
      ['benchmark', 'cis-1.12'],
      ['controlId', '1.1.1'],
      ['ruleId', 'file-apiserver-manifest-mode'],
      ['severity', 'medium'],
      ['assessment', 'automated'],
      ['section', '1.1 Control Plane Node Configuration Files'],
    ],
  );
});

test('fail: <failure> with message, severity, location, field path and remediation', () => {
  const doc = parse(renderJunit(sampleReport()));
  const c = cases(doc).find((x) => x['@name'] === 'CIS 5.2.2: Deployment "payments/api"')!;
  assert.ok(c);
  assert.is(c['@file'], 'manifests/payments/api.yaml');
  const f = c.failure as Node;
  assert.is(f['@message'], 'privileged containers: "api", "envoy"');
  assert.is(f['@type'], 'high');
  const body = f['#text'] ?? '';
  assert.match(body, /^Deployment "payments\/api": privileged containers: "api", "envoy"\n/);
  assert.match(body, /\nLocation: manifests\/payments\/api\.yaml:31:27\n/);
  assert.match(body, /\nField: spec\.template\.spec\.containers\[name=api\]\.securityContext\.privileged\n/);
  assert.match(body, /\nHow to fix: Remove privileged: true/);
});

test('error, manual and not-applicable map to <error> and <skipped> with the reason; pass is empty', () => {
  const doc = parse(renderJunit(sampleReport()));
  const byName = new Map(cases(doc).map((c) => [c['@name'], c]));
  const err = byName.get('CIS 4.2.1: Node "worker-2" in cluster "prod-eu"')!;
  assert.is((err.error as Node)['@message'], 'kubelet configuration missing from bundle for node "worker-2"');
  assert.is((err.error as Node)['@type'], 'control-error');
  const man = byName.get('CIS 5.6.4: Namespace "default"')!;
  assert.is((man.skipped as Node)['@message'], 'manual review needed: namespace "default" holds 2 objects; review whether they belong elsewhere');
  const na = byName.get('CIS 4.3.1: Node "worker-1" in cluster "prod-eu"')!;
  assert.match(String((na.skipped as Node)['@message']), /^not applicable: kube-proxy does not run/);
  const pass = byName.get('CIS 5.2.2: Deployment "shop/web"')!;
  assert.equal(Object.keys(pass).sort(), ['@classname', '@file', '@name', '@time']);
  const input = byName.get('read manifests/broken.yaml')!;
  assert.is((input.error as Node)['@type'], 'input-error');
  assert.is((input.error as Node)['#text'], 'manifests/broken.yaml:7: YAML parse error: bad indentation of a mapping entry');
});

test('Helm: the testcase file is the chart template; the rendered position is in the details', () => {
  const doc = parse(renderJunit(sampleReport()));
  const c = cases(doc).find((x) => x['@name'] === 'CIS 5.2.2: DaemonSet "monitoring/node-exporter"')!;
  assert.is(c['@file'], 'node-exporter/templates/daemonset.yaml');
  assert.match((c.failure as Node)['#text'] ?? '', /Location: node-exporter\/templates\/daemonset\.yaml \(rendered at standard input:142:27\)/);
});

test('hostile text is escaped in names, attributes and bodies and round-trips exactly', () => {
  const report = sampleReport();
  const nasty = `${XSS_NAME} "quoted" 'single' & <b>]]></b>\ttab\nnew line\u0000nul\ud800lone`;
  const odd: Report = {
    ...report,
    results: report.results.map((r) => (r.target.name === XSS_NAME ? { ...r, message: nasty } : r)),
  };
  const xml = renderJunit(odd);
  assert.not.ok(xml.includes('<img'), 'no raw markup');
  const doc = parse(xml);
  const c = cases(doc).find((x) => x['@name'] === `CIS 5.2.2: Deployment "shop/${XSS_NAME}"`)!;
  assert.ok(c, 'name round-trips');
  assert.is(c['@file'], 'manifests/shop/<evil>.yaml');
  const f = c.failure as Node;
  assert.is(f['@message'], `${XSS_NAME} "quoted" 'single' & <b>]]></b>\ttab\nnew line\ufffdnul\ufffdlone`);
  const man = cases(doc).find((x) => x['@name'] === 'CIS 5.4.1: Deployment "shop/web"')!;
  assert.is((man.skipped as Node)['@message'], `manual review needed: ${XSS_MESSAGE}`);
});

test('drift and unknown statuses: baseline state in the details, new statuses skipped with their name', () => {
  const report = sampleReport({ baseline: true });
  const odd: Report = {
    ...report,
    results: report.results.map((r) => (r.target.name === 'api' && r.status === 'fail' ? { ...r, status: 'waived' as never } : r)),
  };
  const doc = parse(renderJunit(odd));
  const waived = cases(doc).find((x) => x['@name'] === 'CIS 5.2.2: Deployment "payments/api"')!;
  assert.match(String((waived.skipped as Node)['@message']), /^waived: privileged containers/);
  const failing = cases(doc).find((x) => x.failure !== undefined)!;
  assert.match((failing.failure as Node)['#text'] ?? '', /\nBaseline: (new|unchanged|updated)\n/);
});

test('waived results are skipped with the waiver; results only in the baseline are no testcase', () => {
  const doc = parse(renderJunit(sampleReport({ waivers: true, baseline: true })));
  const c = cases(doc).find((x) => x['@name'] === 'CIS 5.1.1: ClusterRoleBinding "ci-deployer"')!;
  assert.is(
    (c.skipped as Node)['@message'],
    'waived by waivers.yaml:4 (owner platform-team, until 2026-06-30), CI needs cluster-wide deploy rights until the move to Argo CD: binds cluster-admin to ServiceAccount "ci/deployer"',
  );
  assert.not.ok(cases(doc).some((x) => String(x['@name']).includes('shop/legacy')), 'the absent (fixed) finding is not a test');
});

test('empty report and a large report stay well-formed', () => {
  const empty: Report = { ...sampleReport(), controls: [], results: [], errors: [], summary: summarize([]) };
  const doc = parse(renderJunit(empty));
  assert.is((doc.testsuites as Node)['@tests'], '0');
  const big = largeReport(5000);
  const bigDoc = parse(renderJunit(big));
  assert.is(cases(bigDoc).length, 5000 + big.errors.length);
});

test.run();
