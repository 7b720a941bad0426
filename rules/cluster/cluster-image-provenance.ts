// Image provenance needs an admission control that verifies images; report manual with what the input shows.
import { defineRule, manual } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { flagValue } from '../../lib/rule/flags.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { ClusterTarget } from '../../lib/rule/types.js';
import { containersOf } from '../../lib/rule/workload.js';
import type { Loc, Resource } from '../../lib/model/types.js';

const MAX_LISTED = 6;

interface Evidence {
  readonly text: string;
  readonly loc: Loc;
}

function label(r: Resource): string {
  return `${r.kind} "${r.namespace ? `${r.namespace}/` : ''}${r.name}"`;
}

/** Whether an admission webhook configuration intercepts pods (or every resource). */
function webhookSeesPods(r: Resource): boolean {
  return Field.of(r, 'webhooks').items().some((w) =>
    w.get('rules').items().some((rule) => {
      const res = rule.get('resources').value;
      return Array.isArray(res) && res.some((x) => x === '*' || x === 'pods' || x === '*/*');
    }));
}

function evidenceIn(r: Resource): Evidence | undefined {
  const group = r.apiVersion.split('/')[0];
  if (group === 'kyverno.io' && (r.kind === 'ClusterPolicy' || r.kind === 'Policy')) {
    const rule = Field.of(r, 'spec', 'rules').items().find((x) => x.get('verifyImages').items().length > 0);
    return rule ? { text: `${label(r)} (Kyverno verifyImages)`, loc: rule.get('verifyImages').loc } : undefined;
  }
  if (group === 'policies.kyverno.io' && /^(Namespaced)?ImageValidatingPolicy$/.test(r.kind)) return { text: `${label(r)} (Kyverno image verification)`, loc: r.loc };
  if (group === 'policy.sigstore.dev' && r.kind === 'ClusterImagePolicy') return { text: `${label(r)} (Sigstore policy-controller)`, loc: r.loc };
  if (group === 'config.ratify.deislabs.io' || group === 'config.ratify.dev') return { text: `${label(r)} (Ratify)`, loc: r.loc };
  if (group === 'constraints.gatekeeper.sh' && /Repos|Registr|Digest|Image/i.test(r.kind)) return { text: `${label(r)} (Gatekeeper image constraint)`, loc: r.loc };
  if ((r.kind === 'ValidatingWebhookConfiguration' || r.kind === 'MutatingWebhookConfiguration') && webhookSeesPods(r)) {
    return { text: `${label(r)} (admission webhook on pods)`, loc: r.loc };
  }
  return undefined;
}

export default defineRule<ClusterTarget>({
  id: 'cluster-image-provenance',
  title: 'Admission control verifies where images come from',
  assessment: 'manual',
  notes:
    'Never passes: whether the policies verify signatures or trusted registries for every image needs review. The ' +
    'message lists evidence: ImagePolicyWebhook in the API server admission plugins (node bundles), Kyverno ' +
    'verifyImages rules, Sigstore policy-controller ClusterImagePolicies, Ratify, Gatekeeper image constraints and ' +
    'admission webhooks that intercept pods, plus how many container images are pinned by digest.',
  severity: 'medium',
  scope: { cluster: true },
  frameworks: { mitreAttack: ['T1610', 'T1525'] },
  rationale: 'Without an admission check on images, anyone who can create a pod can run an unvetted, tampered or typo-squatted image.',
  remediation: 'Verify images at admission: the ImagePolicyWebhook plugin, Kyverno verifyImages or the Sigstore policy-controller with signatures from your build pipeline, allow only trusted registries, and pin images by digest.',

  evaluate(_cluster, ctx) {
    const evidence: Evidence[] = [];
    for (const n of ctx.snapshot.nodes) {
      const api = n.components.apiserver;
      const plugins = api ? flagValue(api, 'enable-admission-plugins') : undefined;
      if (plugins && plugins.value.split(',').map((p) => p.trim()).includes('ImagePolicyWebhook')) {
        evidence.push({ text: `ImagePolicyWebhook admission plugin on node "${n.name}"`, loc: plugins.loc });
      }
    }
    for (const r of ctx.snapshot.resources) {
      const e = evidenceIn(r);
      if (e) evidence.push(e);
    }
    let images = 0;
    let pinned = 0;
    for (const w of ctx.index.topLevel(WORKLOAD_KINDS)) {
      for (const c of containersOf(w)) {
        const img = c.field.get('image').str();
        if (img === undefined) continue;
        images++;
        if (/@sha256:[0-9a-f]{64}$/.test(img)) pinned++;
      }
    }
    const digests = images ? `; ${pinned} of ${images} container images are pinned by digest` : '';
    if (evidence.length === 0) {
      return manual(`no image verification (ImagePolicyWebhook, Kyverno verifyImages, Sigstore policy-controller, Ratify) is in the input${digests}: confirm how image provenance is enforced`);
    }
    const listed = evidence.slice(0, MAX_LISTED).map((e) => e.text).join(', ');
    const more = evidence.length > MAX_LISTED ? ` and ${evidence.length - MAX_LISTED} more` : '';
    return manual(`image admission evidence: ${listed}${more}${digests}: confirm that every image is verified before it runs`, evidence[0].loc);
  },
});
