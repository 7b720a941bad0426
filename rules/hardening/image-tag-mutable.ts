// No container image uses :latest or omits the tag (without a digest that pins it).
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { imagesOf } from '../../lib/rule/image.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'image-tag-mutable',
  title: 'Images do not use the latest tag or no tag',
  assessment: 'automated',
  notes: 'An image pinned by digest passes whatever its tag says. Other moving tags (stable, 1.25) are judged by image-pull-policy-stale.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  rationale: 'latest (which an image without a tag also gets) changes with every push, so a reschedule silently deploys whatever was pushed last and a rollback has nothing to go back to.',
  remediation: 'Reference a released version tag (or better a digest) for every container, including init and ephemeral containers.',

  evaluate(workload) {
    const images = imagesOf(workload);
    const unreadable = images.find((i) => !i.ref);
    if (unreadable) return manual(`container "${unreadable.container.name}" has no readable image reference`, unreadable.field);
    const bad = images.filter((i) => i.ref!.digest === undefined && (i.ref!.tag === undefined || i.ref!.tag === 'latest'));
    if (bad.length === 0) return pass(workload.loc, images.length ? 'every image names a tag other than latest or a digest' : 'no containers');
    const what = bad.map((i) => `container "${i.container.name}" image "${i.ref!.raw}" ${i.ref!.tag === undefined ? 'has no tag' : 'uses latest'}`);
    return fail(bad[0].field, what.join(', '));
  },
});
