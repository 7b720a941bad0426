// The rule registry as a whole: sorted family maps whose keys are rule ids and file names, every rule file
// registered, a test and fixtures for every rule, and no control claimed twice within a benchmark.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { listBenchmarks } from '../../lib/benchmarks.js';
import { ruleFamilies, rules } from '../../rules/index.js';
import { fromRoot } from '../helpers/paths.js';

/**
 * Rules that can only report manual or not-applicable (settings a bundle cannot show, guidance with evidence): they
 * need manual- fixtures instead of pass-/fail- ones.
 */
const MANUAL_ONLY = new Set([
  'aks-acr-cluster-read-only', 'aks-acr-user-access', 'aks-azure-rbac', 'aks-cni-latest-version', 'aks-control-plane-audit-logs',
  'aks-dedicated-service-accounts', 'aks-endpoint-access-restricted', 'aks-endpoint-private', 'aks-entra-id-integration',
  'aks-image-vulnerability-scanning', 'aks-secrets-kms-encryption',
  'authn-no-bootstrap-tokens-for-users', 'authn-no-client-certs-for-users', 'authn-no-service-account-tokens-for-users',
  'cluster-external-secret-storage', 'cluster-image-provenance', 'cluster-namespace-boundaries',
  'eks-audit-log-collection', 'eks-cluster-access-manager', 'eks-control-plane-audit-logs', 'eks-dedicated-service-accounts',
  'eks-ecr-cluster-read-only', 'eks-ecr-image-scanning', 'eks-ecr-user-access', 'eks-endpoint-access-restricted', 'eks-endpoint-private',
  'eks-iam-authenticator', 'eks-secrets-kms-encryption',
  'gke-alpha-clusters-not-used', 'gke-binary-authorization', 'gke-client-certificate-auth-disabled', 'gke-cmek-boot-disks',
  'gke-control-plane-authorized-networks', 'gke-endpoint-private', 'gke-google-groups-rbac', 'gke-image-vulnerability-scanning',
  'gke-legacy-abac-disabled', 'gke-linux-auditd-logging', 'gke-logging-monitoring', 'gke-node-auto-repair', 'gke-node-auto-upgrade',
  'gke-node-firewall', 'gke-node-service-account-not-default', 'gke-registry-cluster-read-only', 'gke-registry-user-access',
  'gke-release-channel', 'gke-sandbox', 'gke-secrets-kms-encryption', 'gke-security-posture', 'gke-shielded-nodes',
  'gke-shielded-nodes-integrity-monitoring', 'gke-shielded-nodes-secure-boot', 'gke-vpc-flow-logs', 'gke-vpc-native',
  'gke-workload-identity',
]);

/** Rules that never pass (they fail on a clear finding and are manual otherwise): fail- and manual- fixtures. */
const NEVER_PASSES = new Set(['apiserver-request-timeout', 'rbac-system-masters']);

/**
 * Rules whose cases need scan options or inline NodeFacts rather than fixture names alone (a baseline report decides
 * pass or fail). The kubecis-hardening rules that compare with a baseline have pass-/fail- fixtures, judged in their
 * tests with the baseline as a scan option.
 */
const CASES_IN_TEST_ONLY = new Set<string>([]);

const PREFIX = /^(pass|fail|manual|not-applicable|error)-/;
const test = suite('rule registry');

const families = Object.keys(ruleFamilies);

test('families are the folders under rules/, in sorted order', () => {
  const folders = readdirSync(fromRoot('rules')).filter((n) => statSync(fromRoot('rules', n)).isDirectory()).sort();
  assert.equal(families, folders);
});

test('each family map is sorted, its keys are rule ids and file names, and it holds every rule file of the folder', () => {
  for (const family of families) {
    const map = ruleFamilies[family];
    const keys = Object.keys(map);
    assert.equal(keys, [...keys].sort(), `rules/${family}/index.ts is not sorted`);
    for (const key of keys) {
      assert.is(map[key].id, key, `rules/${family}/index.ts: key "${key}" holds rule "${map[key].id}"`);
      assert.ok(existsSync(fromRoot('rules', family, `${key}.ts`)), `rules/${family}/${key}.ts`);
    }
    const files = readdirSync(fromRoot('rules', family)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();
    assert.equal(files.filter((f) => !keys.includes(f)), [], `rule files not registered in rules/${family}/index.ts`);
  }
});

test('no rule id is registered in two families', () => {
  const total = families.reduce((n, f) => n + Object.keys(ruleFamilies[f]).length, 0);
  assert.is(Object.keys(rules).length, total);
});

test('every rule has a test at the mirrored path', () => {
  const missing = families.flatMap((f) => Object.keys(ruleFamilies[f]).filter((id) => !existsSync(fromRoot('test', 'rules', f, `${id}.test.ts`))).map((id) => `${f}/${id}`));
  assert.equal(missing, []);
});

test('fixtures: named by outcome; pass- and fail- cases, or manual- cases for rules that cannot decide', () => {
  const problems: string[] = [];
  for (const family of families) {
    for (const id of Object.keys(ruleFamilies[family])) {
      const dir = fromRoot('rules', family, `${id}.fixtures`);
      const names = existsSync(dir) ? readdirSync(dir) : [];
      const badNames = names.filter((n) => !PREFIX.test(n));
      if (badNames.length) problems.push(`${id}: fixture names without an outcome prefix: ${badNames.join(', ')}`);
      const has = (p: string) => names.some((n) => n.startsWith(`${p}-`));
      if (CASES_IN_TEST_ONLY.has(id)) continue;
      if (MANUAL_ONLY.has(id)) {
        if (!has('manual')) problems.push(`${id}: needs a manual- fixture`);
        if (has('pass') || has('fail')) problems.push(`${id}: listed as manual-only but has pass-/fail- fixtures`);
      } else if (NEVER_PASSES.has(id)) {
        if (!has('fail') || !has('manual')) problems.push(`${id}: needs fail- and manual- fixtures`);
        if (has('pass')) problems.push(`${id}: listed as never passing but has a pass- fixture`);
      } else if (!has('pass') || !has('fail')) {
        problems.push(`${id}: needs pass- and fail- fixtures`);
      }
    }
  }
  assert.equal(problems, []);
});

test('the exception lists name only registered rules', () => {
  for (const id of [...MANUAL_ONLY, ...NEVER_PASSES, ...CASES_IN_TEST_ONLY]) assert.ok(rules[id], `${id} is not a rule`);
});

test('no control id is claimed twice within one benchmark, and a rule decides at most one of its controls', () => {
  for (const b of listBenchmarks()) {
    const ids = b.recommendations.map((r) => r.id);
    assert.equal(ids.filter((id, i) => ids.indexOf(id) !== i), [], `${b.id}: control ids claimed twice`);
    const ruleIds = b.recommendations.flatMap((r) => r.rules);
    assert.equal(ruleIds.filter((id, i) => ruleIds.indexOf(id) !== i), [], `${b.id}: rules claimed by two controls`);
  }
});

test.run();
