// Image sources must be restricted (image.config.openshift.io registrySources) or signatures verified.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { clusterObject, quoted } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-image-provenance',
  title: 'Image sources are restricted or verified',
  assessment: 'manual',
  notes:
    'Decided from the Image "cluster" object (config.openshift.io): spec.registrySources.allowedRegistries, or a ' +
    'ClusterImagePolicy (sigstore signature verification) in the dump, passes; only blockedRegistries is left for ' +
    'review (a block list does not establish where images come from); neither fails.',
  severity: 'medium',
  scope: { cluster: true },
  frameworks: { mitreAttack: ['T1610', 'T1525'] },
  rationale: 'If nodes pull from any registry, anyone who can create a pod can run an unvetted or tampered image.',
  remediation: 'Set spec.registrySources.allowedRegistries in image.config.openshift.io/cluster to your trusted registries (keep quay.io/openshift-release-dev and registry.redhat.io for the platform) or verify signatures with a ClusterImagePolicy.',

  evaluate(_cluster, ctx) {
    const image = clusterObject(ctx, 'config.openshift.io', 'Image');
    if (!image) return manual('the Image "cluster" object is not in the input: check spec.registrySources with "oc get image.config.openshift.io cluster -o yaml"');
    const sources = Field.of(image, 'spec', 'registrySources');
    const allowed = sources.get('allowedRegistries');
    const list = allowed.items().map((i) => i.str()).filter((s): s is string => !!s);
    if (list.length > 0) return pass(allowed, `nodes pull only from the allowed registries ${quoted(list)}`);
    const policies = ctx.index.byKind('ClusterImagePolicy').filter((r) => r.apiVersion.startsWith('config.openshift.io/'));
    if (policies.length > 0) return pass(policies[0].loc, `ClusterImagePolicy ${quoted(policies.map((p) => p.name))} verifies image signatures`);
    const blocked = sources.get('blockedRegistries').items().map((i) => i.str()).filter((s): s is string => !!s);
    if (blocked.length > 0) return manual(`only blockedRegistries ${quoted(blocked)} is set: images from every other registry are still pulled; confirm this is intended`, sources.get('blockedRegistries'));
    return fail(sources.exists ? sources : Field.of(image, 'spec'), 'neither allowedRegistries nor a ClusterImagePolicy restricts where images come from');
  },
});
