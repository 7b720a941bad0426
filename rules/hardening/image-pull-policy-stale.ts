// A container with a moving tag must not let the node reuse a cached image (imagePullPolicy IfNotPresent or Never).
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { effectivePullPolicy, imagesOf, isMovingTag } from '../../lib/rule/image.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'image-pull-policy-stale',
  title: 'Images with moving tags are pulled on every start',
  assessment: 'automated',
  notes:
    'A tag is moving unless it is a full version with three numeric parts (1.25.3, v2.1.0-alpine); images pinned by digest always pass. ' +
    'Without imagePullPolicy the API server sets Always for latest or no tag and IfNotPresent otherwise, so a moving tag such as 1.25 or stable defaults to reusing the cached image.',
  severity: 'low',
  scope: { resource: WORKLOAD_KINDS },
  rationale: 'With IfNotPresent or Never a node keeps running whatever it cached under a moving tag, so nodes drift apart and a security rebuild under the same tag never reaches them.',
  remediation: 'Pin the image by digest or a full version tag, or set imagePullPolicy: Always for images whose tag is meant to move.',

  evaluate(workload) {
    const images = imagesOf(workload);
    const unreadable = images.find((i) => !i.ref);
    if (unreadable) return manual(`container "${unreadable.container.name}" has no readable image reference`, unreadable.field);
    const stale = images
      .filter((i) => i.ref!.digest === undefined && isMovingTag(i.ref!.tag))
      .map((i) => ({ i, p: effectivePullPolicy(i.container, i.ref) }))
      .filter((x) => x.p.policy !== 'Always');
    if (stale.length === 0) return pass(workload.loc, images.length ? 'no image with a moving tag is reused from the node cache' : 'no containers');
    const what = stale.map(({ i, p }) => `container "${i.container.name}" image "${i.ref!.raw}" has a moving tag and imagePullPolicy ${p.policy}${p.defaulted ? ' (the default)' : ''}`);
    const first = stale[0];
    return fail(first.p.defaulted ? first.i.field : first.p.field, what.join(', '));
  },
});
