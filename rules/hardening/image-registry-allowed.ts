// Every container image comes from a registry on the allow-list (--allowed-registries or allowedRegistries in .kubecis.yaml).
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { allowListOf, imagesOf, registryAllowed } from '../../lib/rule/image.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'image-registry-allowed',
  title: 'Images come only from allowed registries',
  assessment: 'automated',
  notes:
    'The allow-list comes from --allowed-registries (comma-separated) or allowedRegistries in the scanned folder\'s .kubecis.yaml. ' +
    'Entries are registry hosts, host/repository prefixes or *.domain wildcards; images written without a registry are docker.io. ' +
    'Without an allow-list the result is manual and names the registries seen. Init and ephemeral containers count too.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { mitreAttack: ['T1525', 'T1195.002'] },
  rationale: 'An image pulled from an unvetted registry bypasses the scanning, signing and mirroring that the approved registries enforce, and a typo or a moved reference can pull an attacker\'s image.',
  remediation: 'Mirror the image into an approved registry and reference it there, or add the registry to allowedRegistries after review; enforce the same list at admission (e.g. a ValidatingAdmissionPolicy).',

  evaluate(workload, ctx) {
    const images = imagesOf(workload);
    if (images.length === 0) return pass(workload.loc, 'no containers');
    const unreadable = images.find((i) => !i.ref);
    if (unreadable) return manual(`container "${unreadable.container.name}" has no readable image reference`, unreadable.field);
    const allow = allowListOf(ctx.options);
    const registries = [...new Set(images.map((i) => i.ref!.registry))].sort();
    if (!allow) {
      return manual(`no registry allow-list is configured (--allowed-registries or allowedRegistries in .kubecis.yaml); images come from ${registries.map((r) => `"${r}"`).join(', ')}`, images[0].field);
    }
    const outside = images.filter((i) => !registryAllowed(i.ref!, allow));
    if (outside.length === 0) return pass(workload.loc, `images come from ${registries.map((r) => `"${r}"`).join(', ')}`);
    const list = outside.map((i) => `container "${i.container.name}" uses "${i.ref!.registry}/${i.ref!.repository}"`).join(', ');
    return fail(outside[0].field, `${list}, outside the allowed registries`);
  },
});
