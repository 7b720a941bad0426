// Every container must run under a seccomp profile: RuntimeDefault or Localhost, from its own or the pod's securityContext.
import { defineRule, pass, fail, notApplicable } from '../../lib/rule/define.js';
import type { Field } from '../../lib/rule/field.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { RuleContext } from '../../lib/rule/types.js';
import { containersOf, podMetaOf, podSpecOf, quoteList, type ContainerView } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_ANNOTATION = 'container.seccomp.security.alpha.kubernetes.io/';
/** From 1.27 the API server no longer copies the alpha annotations into the seccompProfile fields. */
const ANNOTATIONS_IGNORED_FROM_MINOR = 27;

type Reading = { ok: true } | { ok: false; at: Field; detail: string };

export default defineRule<Resource>({
  id: 'pod-seccomp-profile',
  title: 'Containers run with the RuntimeDefault or a Localhost seccomp profile',
  assessment: 'manual',
  notes:
    'The effective profile is, in order: the container seccompProfile, the pod seccompProfile. The legacy alpha ' +
    'annotations count only when the scan knows the cluster is older than 1.27 (earlier versions copied them into ' +
    'the fields); otherwise they are reported as ignored. An unset profile fails: the kubelet applies RuntimeDefault ' +
    'only with seccompDefault enabled, which manifests do not show. Windows pods are not applicable.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'restricted', mitreAttack: ['T1611'] },
  rationale: 'Without a seccomp profile a container can call every system call the kernel offers, which widens the attack surface for kernel exploits and container escapes.',
  remediation: 'Set securityContext.seccompProfile.type: RuntimeDefault at pod level (or Localhost with a vetted profile), replace the seccomp.security.alpha.kubernetes.io annotations with the field, and consider enabling seccompDefault on the kubelets.',

  evaluate(workload, ctx) {
    if (podSpecOf(workload).get('os', 'name').value === 'windows') return notApplicable('seccomp does not apply to Windows pods');
    const bad: { c: ContainerView; r: Exclude<Reading, { ok: true }> }[] = [];
    for (const c of containersOf(workload)) {
      const r = readProfile(workload, c, ctx);
      if (!r.ok) bad.push({ c, r });
    }
    if (bad.length === 0) return pass(workload.loc, 'every container runs with the RuntimeDefault or a Localhost seccomp profile');
    // Containers that fail for the same reason are named together, so the message stays short on large pods.
    const byDetail = new Map<string, string[]>();
    for (const { c, r } of bad) byDetail.set(r.detail, [...(byDetail.get(r.detail) ?? []), c.name]);
    const parts = [...byDetail].map(([detail, names]) => `${names.length === 1 ? 'container' : 'containers'} ${quoteList(names)} (${detail})`);
    return fail(bad[0].r.at, `no enforcing seccomp profile: ${parts.join('; ')}`);
  },
});

function readProfile(workload: Resource, c: ContainerView, ctx: RuleContext): Reading {
  const annotations = podMetaOf(workload).get('annotations');
  const honoured = ctx.kubernetesMinor !== undefined && ctx.kubernetesMinor < ANNOTATIONS_IGNORED_FROM_MINOR;
  const own = c.sc('seccompProfile', 'type');
  const ownAnnotation = annotations.get(CONTAINER_ANNOTATION + c.name);
  const pod = c.pod.get('securityContext', 'seccompProfile', 'type');
  const podAnnotation = annotations.get(POD_ANNOTATION);
  // Precedence as Kubernetes applied it while the annotations were honoured: container over pod, field over annotation.
  const order: [Field, 'field' | 'annotation'][] = honoured
    ? [[own, 'field'], [ownAnnotation, 'annotation'], [pod, 'field'], [podAnnotation, 'annotation']]
    : [[own, 'field'], [pod, 'field']];
  for (const [f, how] of order) {
    if (!f.exists) continue;
    const v = typeof f.value === 'string' ? f.value : String(f.value);
    if (how === 'field') {
      if (v === 'RuntimeDefault' || v === 'Localhost') return { ok: true };
      return { ok: false, at: f, detail: `seccompProfile type ${v}` };
    }
    if (v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/')) return { ok: true };
    return { ok: false, at: f, detail: `seccomp annotation ${v}` };
  }
  const legacy = ownAnnotation.exists ? ownAnnotation : podAnnotation.exists ? podAnnotation : undefined;
  if (legacy) {
    return { ok: false, at: legacy, detail: 'only the alpha seccomp annotation is set, which Kubernetes 1.27 and later ignore' };
  }
  return { ok: false, at: c.field, detail: 'no seccompProfile, so Unconfined unless the kubelet enables seccompDefault' };
}
