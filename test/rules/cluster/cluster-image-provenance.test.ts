import * as assert from 'uvu/assert';
import rule from '../../../rules/cluster/cluster-image-provenance.js';
import { evaluateRule, makeContext } from '../../../lib/engine/run.js';
import type { NodeFacts, Snapshot } from '../../../lib/model/types.js';
import { fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

// This control never passes or fails: whether admission really verifies every image needs review. The cases pin the
// evidence it reports and where it points.
const dir = fixturesDir(rule, 'cluster');
const cases: RuleFixtureCase[] = [
  { fixture: 'manual-no-verification.yaml', want: [{ name: 'cluster', status: 'manual' }], message: 'no image verification (ImagePolicyWebhook, Kyverno verifyImages, Sigstore policy-controller, Ratify) is in the input; 1 of 2 container images are pinned by digest: confirm how image provenance is enforced' },
  { fixture: 'manual-kyverno-verify-images.yaml', want: [{ name: 'cluster', status: 'manual', line: 13, column: 7 }], message: 'image admission evidence: ClusterPolicy "verify-signatures" (Kyverno verifyImages): confirm that every image is verified before it runs' },
  { fixture: 'manual-sigstore-policy-controller.yaml', want: [{ name: 'cluster', status: 'manual', line: 14, column: 1 }], message: 'image admission evidence: ClusterImagePolicy "signed-by-ci" (Sigstore policy-controller): confirm that every image is verified before it runs' },
  { fixture: 'manual-webhook-on-pods.yaml', want: [{ name: 'cluster', status: 'manual', line: 2, column: 1 }] },
];

const test = fixtureCasesSuite('cluster-image-provenance', rule, dir, cases);
test('ImagePolicyWebhook in the API server admission plugins is evidence, located at the flag', () => {
  const loc = { file: 'node/kube-apiserver.yaml', line: 17, column: 7 };
  const node: NodeFacts = {
    name: 'cp-1',
    roles: ['control-plane'],
    evidence: 'node-bundle',
    components: {
      apiserver: {
        name: 'apiserver',
        source: 'manifest',
        flags: [
          { name: 'enable-admission-plugins', value: 'NodeRestriction', loc: { ...loc, line: 12 } },
          { name: 'enable-admission-plugins', value: 'NodeRestriction,ImagePolicyWebhook', loc },
        ],
      },
    },
    configFiles: new Map(),
    files: new Map(),
  };
  const snapshot: Snapshot = { resources: [], nodes: [node], bundles: [], errors: [] };
  const [ev] = evaluateRule(rule, makeContext(snapshot, 'cis-1.12'));
  assert.is(ev.verdict.status, 'manual');
  assert.is(ev.verdict.message, 'image admission evidence: ImagePolicyWebhook admission plugin on node "cp-1": confirm that every image is verified before it runs');
  assert.equal(ev.verdict.loc, loc);
});
test.run();
