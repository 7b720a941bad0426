// Container images must come from approved registries: the allow-list in the scan options (allowedRegistries).
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { allowListOf, imagesOf, registryAllowed } from '../../lib/rule/image.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-approved-registries',
  title: 'Container images come only from approved registries',
  assessment: 'manual',
  notes:
    'Decided per workload against allowedRegistries from the scan options (registry hosts, host/repository prefixes or ' +
    '*.domain wildcards; images without a registry are docker.io). Without an allow-list the result is manual and names ' +
    'the registries the workload pulls from. Init and ephemeral containers count too.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { mitreAttack: ['T1525', 'T1195.002'] },
  rationale: 'Images from registries nobody vetted skip the scanning, signing and access control the approved registries provide.',
  remediation: 'Mirror the images into an approved registry (ECR, ACR, Artifact Registry or your own) and reference them there; enforce the list at admission as well.',

  evaluate(workload, ctx) {
    const images = imagesOf(workload);
    if (images.length === 0) return pass(workload.loc, 'no containers');
    const unreadable = images.find((i) => !i.ref);
    if (unreadable) return manual(`container "${unreadable.container.name}" has no readable image reference`, unreadable.field);
    const registries = [...new Set(images.map((i) => i.ref!.registry))].sort().map((r) => `"${r}"`).join(', ');
    const allow = allowListOf(ctx.options);
    if (!allow) return manual(`no list of approved registries was given (allowedRegistries), so review the registries this workload pulls from: ${registries}`, images[0].field);
    const outside = images.filter((i) => !registryAllowed(i.ref!, allow));
    if (outside.length === 0) return pass(workload.loc, `images come from approved registries ${registries}`);
    const list = outside.map((i) => `container "${i.container.name}" pulls "${i.ref!.registry}/${i.ref!.repository}"`).join(', ');
    return fail(outside[0].field, `${list}, outside the approved registries`);
  },
});
