// Whether traffic reaching the cluster through cloud load balancers is encrypted: Ingresses served by the provider's
// own load balancer controller, and Services of type LoadBalancer with the provider's TLS annotations.
//
// Only an Ingress whose class is the cloud load balancer itself (the AWS ALB, Azure Application Gateway) decides the
// question: without a certificate it listens on plain HTTP. Any other Ingress controller may sit behind a load
// balancer that terminates TLS, and a LoadBalancer Service without a TLS annotation may pass TLS through to the pods,
// so those are left to review.
import type { Resource } from '../model/types.js';
import { fail, manual, pass } from './define.js';
import { Field } from './field.js';
import { annotationsOf, describe, listText } from './managed.js';
import type { RuleContext, Verdict } from './types.js';

export interface LoadBalancerTlsSpec {
  /** Ingress classes implemented by the cloud load balancer itself. */
  readonly lbIngressClasses: readonly string[];
  /** Ingress annotations that put a certificate on that load balancer. */
  readonly ingressCertAnnotations: readonly string[];
  /** Ingress annotation listing listeners, where `HTTPS` means a TLS listener (the ALB's listen-ports). */
  readonly listenPortsAnnotation?: string;
  /** Service annotations that make a LoadBalancer Service terminate TLS (none where the load balancer is layer 4 only). */
  readonly serviceCertAnnotations: readonly string[];
  /** What to check for the cases the input leaves open, in the provider's terms. */
  readonly guidance: string;
}

function nonEmpty(v: unknown): boolean {
  return typeof v === 'string' && v.trim() !== '';
}

/** The Ingress class: spec.ingressClassName, else the older kubernetes.io/ingress.class annotation. */
export function ingressClass(r: Resource): string | undefined {
  const spec = Field.of(r, 'spec', 'ingressClassName').str();
  if (spec) return spec;
  const a = annotationsOf(r)['kubernetes.io/ingress.class'];
  return typeof a === 'string' ? a : undefined;
}

function ingressHasTls(r: Resource, spec: LoadBalancerTlsSpec): boolean {
  if (Field.of(r, 'spec', 'tls').items().length > 0) return true;
  const a = annotationsOf(r);
  if (spec.ingressCertAnnotations.some((k) => nonEmpty(a[k]))) return true;
  const ports = spec.listenPortsAnnotation ? a[spec.listenPortsAnnotation] : undefined;
  return typeof ports === 'string' && /"?HTTPS"?\s*:/i.test(ports);
}

export function loadBalancerTlsVerdict(ctx: RuleContext, spec: LoadBalancerTlsSpec): Verdict {
  const plain: Resource[] = [];
  const open: string[] = [];
  let openAt: Resource | undefined;
  let encrypted = 0;
  let firstEncrypted: Resource | undefined;
  for (const ing of ctx.index.byKind('Ingress')) {
    const cls = ingressClass(ing);
    if (ingressHasTls(ing, spec)) {
      encrypted++;
      firstEncrypted ??= ing;
    }
    else if (cls !== undefined && spec.lbIngressClasses.includes(cls)) plain.push(ing);
    else {
      open.push(`${describe(ing)} (class "${cls ?? 'default'}", no TLS section)`);
      openAt ??= ing;
    }
  }
  for (const svc of ctx.index.byKind('Service')) {
    if (Field.of(svc, 'spec', 'type').value !== 'LoadBalancer') continue;
    const a = annotationsOf(svc);
    if (spec.serviceCertAnnotations.some((k) => nonEmpty(a[k]))) {
      encrypted++;
      firstEncrypted ??= svc;
    } else {
      open.push(`${describe(svc)} (LoadBalancer without a TLS certificate)`);
      openAt ??= svc;
    }
  }
  if (plain.length > 0) {
    const names = listText(plain.map(describe));
    return fail(plain[0].loc, `${names} ${plain.length === 1 ? 'has' : 'have'} no certificate or HTTPS listener, so the load balancer serves ${plain.length === 1 ? 'it' : 'them'} over plain HTTP`);
  }
  if (open.length > 0) {
    return manual(`${spec.guidance}; the input shows ${listText(open)}, whose encryption depends on what sits in front of them or behind them`, openAt!.loc);
  }
  if (encrypted > 0) return pass(firstEncrypted?.loc, `every load-balanced entry point in the input (${encrypted}) terminates TLS`);
  return manual(`${spec.guidance}; no Ingress or LoadBalancer Service is in the input`);
}
