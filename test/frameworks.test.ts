// Framework catalogs, rule mappings, FedRAMP derivation and the framework view of results.
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import AjvModule from 'ajv';
import { listBenchmarks } from '../lib/benchmarks.js';
import {
  compareFrameworkIds, deriveFedramp, fedrampCatalog, FRAMEWORK_IDS, frameworkCatalogs, frameworksForRule, frameworkView,
  getFramework, listFrameworks, MAPPED_FRAMEWORKS, mappingRows, mappings, type FedrampCatalog,
} from '../lib/frameworks.js';
import type { Status } from '../lib/rule/types.js';
import { fromRoot } from './helpers/paths.js';

const ajv = new AjvModule.default({ allErrors: true, strict: true });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const schema = (name: string) => {
  let v = compiled.get(name);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(fromRoot('lib', 'data', 'schemas', name), 'utf8')));
    compiled.set(name, v);
  }
  return v;
};
const raw = (name: string): unknown => JSON.parse(readFileSync(fromRoot('lib', 'data', 'frameworks', name), 'utf8'));

const benchmarkRuleIds = [...new Set(listBenchmarks().flatMap((b) => b.recommendations.flatMap((r) => r.rules)))].sort();

const data = suite('framework data');

data('catalogs, FedRAMP data and mappings validate against their schemas', () => {
  const catalog = schema('framework.schema.json');
  for (const id of MAPPED_FRAMEWORKS) assert.ok(catalog(raw(`${id}.json`)), `${id}: ${ajv.errorsText(catalog.errors)}`);
  const fedramp = schema('fedramp.schema.json');
  assert.ok(fedramp(raw('fedramp.json')), ajv.errorsText(fedramp.errors));
  const maps = schema('mappings.schema.json');
  assert.ok(maps(raw('mappings.json')), ajv.errorsText(maps.errors));
});

data('the mappings schema rejects rows without a rationale and rules without 800-53 controls', () => {
  const maps = schema('mappings.schema.json');
  const rows = { 'iso-27001': [], soc2: [], hipaa: [], 'pci-dss': [], cmmc: [] };
  assert.not.ok(maps({ 'some-rule': { ...rows, 'nist-800-53': [{ id: 'AC-3' }] } }), 'row without rationale');
  assert.not.ok(maps({ 'some-rule': { ...rows, 'nist-800-53': [] } }), 'no 800-53 control');
  assert.not.ok(maps({ 'Some_Rule': { ...rows, 'nist-800-53': [{ id: 'AC-3', rationale: 'Access is enforced here' }] } }), 'bad rule id');
  assert.ok(maps({ 'some-rule': { ...rows, 'nist-800-53': [{ id: 'AC-3', rationale: 'Access is enforced here' }] } }), 'minimal valid entry');
});

data('catalog control ids are unique and sorted; every catalog control is used by some mapping', () => {
  for (const [id, c] of frameworkCatalogs()) {
    const ids = c.controls.map((x) => x.id);
    assert.is(new Set(ids).size, ids.length, `${id}: duplicate control ids`);
    assert.equal(ids, [...ids].sort(compareFrameworkIds), `${id}: controls out of order`);
    const used = new Set(Object.values(mappings()).flatMap((m) => m[id].map((r) => r.id)));
    assert.equal(ids.filter((x) => !used.has(x)), [], `${id}: catalog controls no mapping uses`);
  }
});

data('control ids follow each framework\'s numbering', () => {
  const PATTERNS: Record<string, RegExp> = {
    'nist-800-53': /^[A-Z]{2}-\d+(\(\d+\))?$/,
    'iso-27001': /^A\.[5-8]\.\d+$/,
    soc2: /^(CC\d\.\d|A1\.\d)$/,
    hipaa: /^164\.3(08|12)\([a-e]\)(\(\d\))?(\((i|ii|iii|iv|v)\))?(\([A-Z]\))?$/,
    'pci-dss': /^\d{1,2}\.\d+\.\d+(\.\d+)?$/,
    cmmc: /^(AC|AT|AU|CM|IA|IR|MA|MP|PE|PS|RA|CA|SC|SI)\.L2-3\.\d+\.\d+$/,
  };
  for (const [id, c] of frameworkCatalogs()) for (const x of c.controls) assert.ok(PATTERNS[id].test(x.id), `${id}: "${x.id}"`);
});

data('every mapped framework id exists in that framework\'s catalog', () => {
  const known = new Map([...frameworkCatalogs()].map(([id, c]) => [id, new Set(c.controls.map((x) => x.id))]));
  const bad: string[] = [];
  for (const [rule, m] of Object.entries(mappings())) {
    for (const fw of MAPPED_FRAMEWORKS) {
      const ids = m[fw].map((r) => r.id);
      if (new Set(ids).size !== ids.length) bad.push(`${rule} ${fw}: duplicate rows`);
      for (const id of ids) if (!known.get(fw)?.has(id)) bad.push(`${rule} ${fw}: ${id}`);
    }
  }
  assert.equal(bad, []);
});

data('every rule id in any benchmark has a mapping, and every mapping belongs to a benchmark rule', () => {
  const mapped = Object.keys(mappings()).sort();
  assert.equal(benchmarkRuleIds.filter((id) => !mapped.includes(id)), [], 'benchmark rules without a mapping');
  assert.equal(mapped.filter((id) => !benchmarkRuleIds.includes(id)), [], 'mappings for rules no benchmark uses');
  assert.equal(mapped, Object.keys(mappings()), 'mappings.json is sorted by rule id');
});

// Availability-only checks have no CMMC Level 2 practice (800-171 has no recovery requirement); say so, don't invent one.
const NO_CMMC = new Set(['etcd-backup-present', 'gke-node-auto-repair']);

data('every rule maps to NIST 800-53, ISO 27001 and SOC 2 controls, and to CMMC unless listed as having no counterpart', () => {
  for (const rule of benchmarkRuleIds) {
    const m = frameworksForRule(rule);
    for (const fw of ['nist-800-53', 'iso-27001', 'soc2'] as const) assert.ok(m[fw]?.length, `${rule}: no ${fw} controls`);
    assert.is(Boolean(m.cmmc?.length), !NO_CMMC.has(rule), `${rule}: cmmc`);
  }
});

// Spot checks that the mapping says what an assessor would expect.
const EXPECTED: [string, string, string[]][] = [
  ['rbac-wildcards', 'nist-800-53', ['AC-3', 'AC-6']],
  ['rbac-cluster-admin-bindings', 'nist-800-53', ['AC-6(5)']],
  ['apiserver-audit-log-path', 'nist-800-53', ['AU-2', 'AU-12']],
  ['apiserver-audit-log-maxage', 'nist-800-53', ['AU-11']],
  ['apiserver-tls-cert', 'nist-800-53', ['SC-8', 'SC-13']],
  ['apiserver-encryption-providers', 'nist-800-53', ['SC-28', 'SC-28(1)', 'SC-12']],
  ['file-kubelet-config-mode', 'nist-800-53', ['AC-3', 'CM-6']],
  ['kubelet-anonymous-auth', 'nist-800-53', ['IA-2', 'AC-14']],
  ['kubelet-streaming-connection-idle-timeout', 'nist-800-53', ['SC-10']],
  ['pod-privileged-containers', 'nist-800-53', ['AC-6', 'SC-39']],
  ['namespace-network-policies', 'nist-800-53', ['SC-7', 'AC-4']],
  ['cluster-image-provenance', 'nist-800-53', ['SI-7']],
  ['rbac-wildcards', 'cmmc', ['AC.L2-3.1.5']],
  ['apiserver-audit-log-path', 'pci-dss', ['10.2.1']],
  ['apiserver-encryption-providers', 'hipaa', ['164.312(a)(2)(iv)']],
  ['kubelet-streaming-connection-idle-timeout', 'hipaa', ['164.312(a)(2)(iii)']],
  ['apiserver-tls-cert', 'soc2', ['CC6.7']],
  ['apiserver-audit-log-path', 'iso-27001', ['A.8.15']],
];
for (const [rule, fw, ids] of EXPECTED) {
  data(`${rule} maps to ${fw} ${ids.join(', ')}`, () => {
    const got = frameworksForRule(rule)[fw as keyof ReturnType<typeof frameworksForRule>] ?? [];
    for (const id of ids) assert.ok(got.includes(id), `${rule} ${fw}: ${JSON.stringify(got)} lacks ${id}`);
  });
}

data('frameworksForRule returns sorted ids for known rules and nothing for unknown ones', () => {
  const m = frameworksForRule('kubelet-anonymous-auth');
  for (const [fw, ids] of Object.entries(m)) assert.equal(ids, [...ids].sort(compareFrameworkIds), fw);
  assert.equal(Object.keys(m), FRAMEWORK_IDS.filter((fw) => m[fw]), 'keys in listing order');
  assert.equal(frameworksForRule('no-such-rule'), {});
  assert.equal(frameworksForRule('__proto__'), {});
  assert.equal(frameworksForRule('constructor'), {});
});

data.run();

// ---------------------------------------------------------------------------------------------------------------

const fedramp = suite('FedRAMP derivation');

fedramp('fedramp.json gives baseline membership for exactly the 800-53 controls in the catalog', () => {
  const nist = frameworkCatalogs().get('nist-800-53')?.controls.map((c) => c.id) ?? [];
  assert.equal(fedrampCatalog().controls.map((c) => c.id), nist);
  for (const c of fedrampCatalog().controls) {
    // Moderate is a subset of High for every control we use.
    if (c.baselines.includes('fedramp-moderate')) assert.ok(c.baselines.includes('fedramp-high'), c.id);
  }
});

fedramp('derivation keeps exactly the 800-53 controls the baseline selects', () => {
  const catalog: FedrampCatalog = {
    id: 'fedramp', title: 't', version: 'v', derivedFrom: 'nist-800-53',
    baselines: [{ id: 'fedramp-moderate', title: 'm' }, { id: 'fedramp-high', title: 'h' }],
    controls: [
      { id: 'AC-3', baselines: ['fedramp-moderate', 'fedramp-high'] },
      { id: 'CM-14', baselines: ['fedramp-high'] },
      { id: 'IA-9', baselines: [] },
    ],
  };
  const table: [string[], string[], string[]][] = [
    [['AC-3', 'CM-14', 'IA-9'], ['AC-3'], ['AC-3', 'CM-14']],
    [['IA-9'], [], []],
    [['CM-14'], [], ['CM-14']],
    [['XX-1'], [], []],
    [[], [], []],
  ];
  for (const [nist, moderate, high] of table) {
    assert.equal(deriveFedramp(nist, 'fedramp-moderate', catalog), moderate, `moderate of ${nist.join(',')}`);
    assert.equal(deriveFedramp(nist, 'fedramp-high', catalog), high, `high of ${nist.join(',')}`);
  }
});

fedramp('every rule\'s FedRAMP controls are its 800-53 controls in the baseline', () => {
  const membership = new Map(fedrampCatalog().controls.map((c) => [c.id, c.baselines]));
  for (const rule of benchmarkRuleIds) {
    const m = frameworksForRule(rule);
    const nist = m['nist-800-53'] ?? [];
    for (const b of ['fedramp-moderate', 'fedramp-high'] as const) {
      const want = nist.filter((id) => membership.get(id)?.includes(b));
      assert.equal(m[b] ?? [], want, `${rule} ${b}`);
    }
  }
});

fedramp('controls outside the baselines drop out: IA-9 (in no baseline), CM-14 (High only)', () => {
  const etcd = frameworksForRule('etcd-client-cert-auth');
  assert.ok(etcd['nist-800-53']?.includes('IA-9'));
  assert.not.ok(etcd['fedramp-high']?.includes('IA-9'));
  assert.ok(etcd['fedramp-moderate']?.includes('IA-3'));
  const provenance = frameworksForRule('cluster-image-provenance');
  assert.ok(provenance['fedramp-high']?.includes('CM-14'));
  assert.not.ok(provenance['fedramp-moderate']?.includes('CM-14'));
  assert.equal(mappingRows('etcd-client-cert-auth', 'fedramp-moderate').map((r) => r.id), etcd['fedramp-moderate']);
});

fedramp('the FedRAMP frameworks list the baseline controls with 800-53 titles', () => {
  const moderate = getFramework('fedramp-moderate');
  const high = getFramework('fedramp-high');
  const nist = getFramework('nist-800-53');
  assert.ok(moderate && high && nist);
  assert.is(moderate.derivedFrom, 'nist-800-53');
  assert.ok(moderate.controls.length < high.controls.length);
  const nistTitle = new Map(nist.controls.map((c) => [c.id, c.title]));
  for (const c of high.controls) assert.is(c.title, nistTitle.get(c.id), c.id);
  assert.not.ok(high.controls.some((c) => c.id === 'IA-9'));
});

fedramp.run();

// ---------------------------------------------------------------------------------------------------------------

const view = suite('frameworkView');

const r = (controlId: string, ruleId: string, status: Status) => ({ controlId, ruleId, status });

view('listFrameworks lists every framework once, in a fixed order', () => {
  assert.equal(listFrameworks().map((f) => f.id), [...FRAMEWORK_IDS]);
  for (const f of listFrameworks()) assert.ok(f.controls.length > 0, f.id);
  assert.is(getFramework('fedramp'), undefined, 'the baselines are the frameworks, not "fedramp" itself');
});

// IA-2 in NIST 800-53 is behind both apiserver-anonymous-auth (1.2.1) and kubelet-anonymous-auth (4.2.1).
const COMBINE: [string, Status[], Status, boolean][] = [
  ['all pass', ['pass', 'pass'], 'pass', true],
  ['one fail among passes', ['pass', 'fail'], 'fail', true],
  ['error without failures', ['pass', 'error'], 'error', true],
  ['fail outranks error', ['error', 'fail'], 'fail', true],
  ['manual and pass', ['manual', 'pass'], 'manual', true],
  ['manual and fail', ['fail', 'manual'], 'fail', true],
  ['manual only', ['manual', 'manual'], 'manual', false],
  ['error only', ['error', 'error'], 'error', false],
  ['not-applicable is ignored', ['not-applicable', 'pass'], 'pass', true],
  ['nothing decided', ['not-applicable', 'not-applicable'], 'not-applicable', false],
];
for (const [name, [api, kubelet], status, automated] of COMBINE) {
  view(`combined status: ${name}`, () => {
    const v = frameworkView([r('1.2.1', 'apiserver-anonymous-auth', api), r('4.2.1', 'kubelet-anonymous-auth', kubelet)], 'nist-800-53');
    const ia2 = v.controls.find((c) => c.id === 'IA-2');
    assert.ok(ia2);
    assert.is(ia2.status, status);
    assert.is(ia2.automated, automated);
    assert.equal(ia2.cisControls, ['1.2.1', '4.2.1']);
    assert.equal(ia2.rules, ['apiserver-anonymous-auth', 'kubelet-anonymous-auth']);
  });
}

view('per-target results of one control all count', () => {
  const v = frameworkView([
    r('5.1.3', 'rbac-wildcards', 'pass'), r('5.1.3', 'rbac-wildcards', 'pass'), r('5.1.3', 'rbac-wildcards', 'fail'),
  ], 'cmmc');
  const c = v.controls.find((x) => x.id === 'AC.L2-3.1.5');
  assert.ok(c);
  assert.equal(c.counts, { pass: 2, fail: 1, manual: 0, notApplicable: 0, error: 0 });
  assert.is(c.status, 'fail');
  assert.equal(c.cisControls, ['5.1.3']);
});

view('coverage counts framework controls with at least one automated check', () => {
  // In SOC 2 the idle-timeout rule maps to CC6.1 only and the wildcard rule to CC6.3 only.
  assert.equal(frameworksForRule('kubelet-streaming-connection-idle-timeout').soc2, ['CC6.1']);
  assert.equal(frameworksForRule('rbac-wildcards').soc2, ['CC6.3']);
  const v = frameworkView([r('4.2.5', 'kubelet-streaming-connection-idle-timeout', 'pass'), r('5.1.3', 'rbac-wildcards', 'manual')], 'soc2');
  assert.equal(v.controls.map((c) => [c.id, c.status, c.automated]), [['CC6.1', 'pass', true], ['CC6.3', 'manual', false]]);
  assert.equal(v.coverage, { automated: 1, total: 2 });
  assert.equal(v.framework, { id: 'soc2', title: getFramework('soc2')?.title, version: '2017' });
});

view('benchmark controls without results still count towards the total', () => {
  const v = frameworkView([r('4.2.5', 'kubelet-streaming-connection-idle-timeout', 'pass')], 'soc2', [
    { controlId: '4.2.5', ruleId: 'kubelet-streaming-connection-idle-timeout' },
    { controlId: '5.1.3', ruleId: 'rbac-wildcards' },
  ]);
  const cc63 = v.controls.find((c) => c.id === 'CC6.3');
  assert.ok(cc63);
  assert.is(cc63.status, 'not-applicable');
  assert.is(cc63.automated, false);
  assert.equal(v.coverage, { automated: 1, total: 2 });
});

view('controls sort by framework id and CIS ids sort segment by segment', () => {
  const v = frameworkView([
    r('4.2.10', 'kubelet-rotate-certificates', 'pass'), r('4.2.2', 'kubelet-authorization-mode', 'pass'),
    r('4.2.9', 'kubelet-tls-cert', 'pass'), r('1.2.6', 'apiserver-authorization-not-always-allow', 'pass'),
  ], 'nist-800-53');
  const ids = v.controls.map((c) => c.id);
  assert.equal(ids, [...ids].sort(compareFrameworkIds));
  const ac3 = v.controls.find((c) => c.id === 'AC-3');
  assert.equal(ac3?.cisControls, ['1.2.6', '4.2.2']);
});

view('FedRAMP views leave out controls outside the baseline', () => {
  const results = [r('2.2', 'etcd-client-cert-auth', 'pass')];
  assert.ok(frameworkView(results, 'nist-800-53').controls.some((c) => c.id === 'IA-9'));
  const moderate = frameworkView(results, 'fedramp-moderate');
  assert.not.ok(moderate.controls.some((c) => c.id === 'IA-9'));
  assert.ok(moderate.controls.some((c) => c.id === 'IA-3'));
});

view('results of unmapped rules are left out; an empty scan has zero coverage', () => {
  assert.equal(frameworkView([r('9.9', 'not-a-rule', 'fail')], 'hipaa').controls, []);
  assert.equal(frameworkView([], 'pci-dss').coverage, { automated: 0, total: 0 });
});

view('an unknown framework is a programming error', () => {
  assert.throws(() => frameworkView([], 'gdpr'), /unknown framework "gdpr"/);
});

view('compareFrameworkIds orders ids the way the standards number them', () => {
  const sorted = ['AC-2', 'AC-6', 'AC-6(5)', 'AC-6(10)', 'AC-14', 'AU-2', 'SC-8', 'SC-8(1)', 'SC-28'];
  assert.equal([...sorted].reverse().sort(compareFrameworkIds), sorted);
  const hipaa = ['164.308(a)(1)(ii)(B)', '164.308(a)(4)(ii)(B)', '164.312(a)(1)', '164.312(a)(2)(iv)', '164.312(b)', '164.312(e)(2)(ii)'];
  assert.equal([...hipaa].reverse().sort(compareFrameworkIds), hipaa);
  const pci = ['1.2.5', '2.2.7', '7.2.2', '8.2.8', '10.2.1', '10.5.1'];
  assert.equal([...pci].reverse().sort(compareFrameworkIds), pci);
  const cmmc = ['AC.L2-3.1.1', 'AC.L2-3.1.5', 'AC.L2-3.1.12', 'SC.L2-3.13.8', 'SC.L2-3.13.16'];
  assert.equal([...cmmc].reverse().sort(compareFrameworkIds), cmmc);
});

view.run();
