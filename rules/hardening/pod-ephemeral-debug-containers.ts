// Debug (ephemeral) containers are not left behind in running pods.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-ephemeral-debug-containers',
  title: 'Pods carry no leftover debug containers',
  assessment: 'automated',
  notes:
    'Ephemeral containers exist only on Pods (kubectl debug adds them through the ephemeralcontainers subresource) and can never be removed ' +
    'from a pod, so any entry means the pod was debugged in place; pods that have finished (Succeeded or Failed) pass.',
  severity: 'medium',
  scope: { resource: ['Pod'] },
  frameworks: { mitreAttack: ['T1609', 'T1610'] },
  rationale: 'A debug container shares the pod\'s namespaces, often with an image full of tools and added capabilities, and stays attached to the pod for its lifetime, outside any reviewed manifest.',
  remediation: 'Delete the pod so its controller replaces it with a clean one, and grant the pods/ephemeralcontainers permission only for time-bound break-glass access.',

  evaluate(pod) {
    const list = Field.of(pod, 'spec', 'ephemeralContainers').items();
    if (list.length === 0) return pass(pod.loc, 'no ephemeral containers');
    const phase = Field.of(pod, 'status', 'phase').str();
    if (phase === 'Succeeded' || phase === 'Failed') return pass(pod.loc, `the pod has finished (${phase})`);
    const names = list.map((c) => `"${c.get('name').str() ?? '?'}"`).join(', ');
    return fail(list[0], `pod "${pod.name}" carries ephemeral debug container${list.length > 1 ? 's' : ''} ${names}`);
  },
});
