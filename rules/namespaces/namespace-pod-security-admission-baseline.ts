// Every namespace must enforce the Pod Security Standard baseline profile or stricter through Pod Security Admission.
import { defineRule, fail, manual, notApplicable, pass } from '../../lib/rule/define.js';
import { admissionEvidence } from '../../lib/rule/admission.js';
import { Field } from '../../lib/rule/field.js';
import type { NamespaceTarget } from '../../lib/rule/types.js';

const ENFORCE = 'pod-security.kubernetes.io/enforce';
const ENFORCING = new Set(['baseline', 'restricted']);
/** Namespaces Kubernetes creates for itself; kube-system hosts components that need privileges baseline forbids. */
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);
/** Namespaces GKE creates and manages for its own components. */
const PROVIDER_MANAGED = /^(gke-|gmp-)/;

export default defineRule<NamespaceTarget>({
  id: 'namespace-pod-security-admission-baseline',
  title: 'Each namespace enforces the baseline Pod Security Standard or stricter',
  assessment: 'manual',
  notes:
    `Decided per namespace from its ${ENFORCE} label (baseline or restricted passes; privileged, another value or none fails), ` +
    'or, without a label, from the PodSecurity admission configuration\'s default when the input has it. An exemption there, or ' +
    'the plugin disabled on the API server, fails. A policy engine alone is reported manual: whether its policies equal the ' +
    'baseline profile needs review. kube-system, kube-public and kube-node-lease are not applicable unless they enforce a level; ' +
    'namespaces GKE manages (gke-*, gmp-*) are manual.',
  severity: 'high',
  scope: { namespace: true },
  frameworks: { pss: 'baseline' },
  rationale: 'Without an enforced baseline anyone who can create pods in the namespace can run privileged or host-sharing pods and take over the node.',
  remediation: `Label every application namespace with ${ENFORCE}: baseline (or restricted), after checking with a warn label or a dry run which pods would be refused.`,

  evaluate(ns, ctx) {
    const ev = admissionEvidence(ctx.snapshot, ctx.index);
    const res = ns.resource;
    const enforce = res ? Field.of(res, 'metadata', 'labels', ENFORCE) : undefined;
    const level = enforce?.value;
    const labelled = typeof level === 'string' && ENFORCING.has(level);
    const exemption = ev.podSecurity?.exemptNamespaces.get(ns.name);
    if (SYSTEM_NAMESPACES.has(ns.name) && !(labelled && !ev.podSecurityDisabled && !exemption)) {
      return notApplicable('system namespace: its control-plane and node components may need privileges; their pods are judged by the pod security controls');
    }
    if (ev.podSecurityDisabled) return fail(ev.podSecurityDisabled.loc, `the API server on node "${ev.podSecurityDisabled.node}" disables the PodSecurity admission plugin, so no label is enforced`);
    if (exemption) return fail(exemption, `exempted from PodSecurity admission by the ${ev.podSecurity!.resource.kind}, whatever its labels say`);
    if (labelled) return pass(enforce, `${ENFORCE} is "${level}"`);
    if (PROVIDER_MANAGED.test(ns.name) && !enforce?.exists) {
      return manual(`namespace managed by the provider for its own components, without a ${ENFORCE} label: check that only the provider's workloads run there`, res?.loc);
    }
    if (!res) return manual(`no Namespace object in the input, so its ${ENFORCE} label cannot be seen`, ctx.index.inNamespace(ns.name)[0]?.loc);
    if (level === 'privileged') return fail(enforce!, `${ENFORCE} is "privileged", which admits any pod`);
    if (enforce!.exists) return fail(enforce!, `${ENFORCE} is "${String(level)}", which is not a Pod Security level`);
    const byDefault = ev.podSecurity?.enforce.str();
    if (byDefault !== undefined && ENFORCING.has(byDefault)) return pass(res.loc, `no ${ENFORCE} label; the ${ev.podSecurity!.resource.kind} enforces "${byDefault}" by default`);
    const engine = ev.clusterEngines[0] ?? ev.namespaceEngines.get(ns.name)?.[0];
    if (engine) return manual(`no ${ENFORCE} label, but ${engine.engine} ${engine.what} admits pods: check that its policies cover the baseline profile`, res.loc);
    const soft = ['warn', 'audit'].filter((m) => Field.of(res, 'metadata', 'labels', `pod-security.kubernetes.io/${m}`).exists);
    const only = soft.length ? ` (only ${soft.join(' and ')}, which do not block pods)` : '';
    const why = ev.podSecurity ? `; the ${ev.podSecurity.resource.kind} defaults to "${byDefault ?? 'privileged'}"` : '';
    return fail(enforce!, `no ${ENFORCE} label${only}, so pods are admitted at the privileged level${why}`);
  },
});
