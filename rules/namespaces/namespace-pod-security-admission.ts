// Every namespace must have pod admission control: a PodSecurity enforce level of baseline or restricted, or a policy engine.
import { defineRule, pass, fail, manual, notApplicable } from '../../lib/rule/define.js';
import { admissionEvidence } from '../../lib/rule/admission.js';
import { Field } from '../../lib/rule/field.js';
import type { NamespaceTarget } from '../../lib/rule/types.js';

const ENFORCE = 'pod-security.kubernetes.io/enforce';
const ENFORCING = new Set(['baseline', 'restricted']);
/** Namespaces Kubernetes creates for itself; kube-system hosts components that need privileges baseline forbids. */
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

export default defineRule<NamespaceTarget>({
  id: 'namespace-pod-security-admission',
  title: 'Each namespace has pod admission control in place',
  assessment: 'manual',
  notes:
    'A namespace passes with a pod-security.kubernetes.io/enforce label of baseline or restricted, with no such label ' +
    'when the PodSecurity admission configuration enforces baseline or restricted by default, or when Gatekeeper ' +
    '(ConstraintTemplate or controller Deployment) or Kyverno (a ClusterPolicy, or a Policy in that namespace, with an ' +
    'Enforce validate rule; or its Deployment when no Kyverno policy is in the input) is present. Engine exclusions are ' +
    'not modelled. A namespace exempted in the PodSecurity configuration, or a cluster whose API server disables the ' +
    'plugin, gets no protection from labels. kube-system, kube-public and kube-node-lease are not applicable unless ' +
    'they enforce a level: the benchmark targets namespaces with user workloads, and their pods are judged by 5.2.2-5.2.12.',
  severity: 'high',
  scope: { namespace: true },
  frameworks: { pss: 'baseline' },
  rationale: 'Without an admission policy nothing stops a user who can create pods from running privileged or host-sharing pods in that namespace.',
  remediation: 'Label each application namespace with pod-security.kubernetes.io/enforce: restricted (or baseline where needed), or enforce equivalent policies with Gatekeeper or Kyverno.',

  evaluate(ns, ctx) {
    const ev = admissionEvidence(ctx.snapshot, ctx.index);
    const engine = ev.clusterEngines[0] ?? ev.namespaceEngines.get(ns.name)?.[0];
    if (engine) return pass(ns.resource?.loc, `policy engine in place: ${engine.engine} ${engine.what}`);
    const res = ns.resource;
    const enforce = res ? Field.of(res, 'metadata', 'labels', ENFORCE) : undefined;
    const level = enforce?.value;
    const disabled = ev.podSecurityDisabled;
    const exemption = ev.podSecurity?.exemptNamespaces.get(ns.name);
    const byDefault = ev.podSecurity?.enforce.str();
    if (SYSTEM_NAMESPACES.has(ns.name) && !(typeof level === 'string' && ENFORCING.has(level) && !disabled && !exemption)) {
      return notApplicable('system namespace: its control-plane and node components may need privileges; their pods are judged by the pod security controls');
    }
    if (disabled) return fail(disabled.loc, `the API server on node "${disabled.node}" disables the PodSecurity admission plugin, so no label is enforced`);
    if (exemption) return fail(exemption, `exempted from PodSecurity admission by the ${ev.podSecurity!.resource.kind}, whatever its labels say`);
    if (!res || !enforce) {
      const fallback = byDefault !== undefined && ENFORCING.has(byDefault) ? `; the ${ev.podSecurity!.resource.kind} enforces "${byDefault}" unless the namespace opts out` : '';
      // Point at the first resource that lives there, so reports can still show where the namespace comes from.
      return manual(`no Namespace object in the input, so its ${ENFORCE} label cannot be seen${fallback}`, ctx.index.inNamespace(ns.name)[0]?.loc);
    }
    if (typeof level === 'string' && ENFORCING.has(level)) return pass(enforce, `${ENFORCE} is "${level}"`);
    if (level === 'privileged') return fail(enforce, `${ENFORCE} is "privileged", which admits any pod`);
    if (enforce.exists) return fail(enforce, `${ENFORCE} is "${String(level)}", which is not a Pod Security level`);
    if (byDefault !== undefined && ENFORCING.has(byDefault)) {
      return pass(res.loc, `no ${ENFORCE} label; the ${ev.podSecurity!.resource.kind} enforces "${byDefault}" by default`);
    }
    const labels = Field.of(res, 'metadata', 'labels');
    const softOnly = ['warn', 'audit'].filter((m) => labels.get(`pod-security.kubernetes.io/${m}`).exists);
    const soft = softOnly.length ? ` (only ${softOnly.join(' and ')}, which do not block pods)` : '';
    const why: string[] = [];
    if (ev.podSecurity) why.push(`the ${ev.podSecurity.resource.kind} defaults to "${byDefault ?? 'privileged'}"`);
    if (ev.kyvernoAuditOnly) why.push(`Kyverno policies such as ${ev.kyvernoAuditOnly.kind} "${ev.kyvernoAuditOnly.name}" only audit`);
    return fail(enforce, `no ${ENFORCE} label${soft} and no policy engine in the input${why.map((w) => `; ${w}`).join('')}`);
  },
});
