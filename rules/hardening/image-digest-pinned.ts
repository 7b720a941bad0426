// Every container image is pinned by digest, so what runs is exactly what was reviewed.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { imagesOf } from '../../lib/rule/image.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'image-digest-pinned',
  title: 'Images are pinned by digest',
  assessment: 'automated',
  notes: 'A reference with both a tag and a digest (name:tag@sha256:...) counts as pinned: the runtime pulls by digest and the tag is informational.',
  severity: 'low',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { mitreAttack: ['T1525'] },
  rationale: 'A tag can be re-pointed to different content at any time, so without a digest two nodes, or two restarts, may run different code under the same name.',
  remediation: 'Reference images as name@sha256:<digest> (tools such as crane digest or your registry show it) and let your release tooling update the digest.',

  evaluate(workload) {
    const images = imagesOf(workload);
    const unreadable = images.find((i) => !i.ref);
    if (unreadable) return manual(`container "${unreadable.container.name}" has no readable image reference`, unreadable.field);
    const loose = images.filter((i) => i.ref!.digest === undefined);
    if (loose.length === 0) return pass(workload.loc, images.length ? 'every image is pinned by digest' : 'no containers');
    return fail(loose[0].field, `${loose.map((i) => `container "${i.container.name}" image "${i.ref!.raw}"`).join(', ')} ${loose.length === 1 ? 'has' : 'have'} no digest`);
  },
});
