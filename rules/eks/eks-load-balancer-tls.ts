// Traffic through AWS load balancers should be encrypted: ALB Ingresses with certificates, NLB/CLB Services with TLS.
import { loadBalancerTlsVerdict } from '../../lib/rule/load-balancer-tls.js';
import { fillGuidance, managedSettingRule } from '../../lib/rule/managed.js';

const GUIDANCE = 'check that every internet-facing load balancer listens with TLS (an ACM certificate on ALB and NLB listeners, or TLS passed through to the pods): EC2 console, Load Balancers, Listeners';

export default managedSettingRule({
  id: 'eks-load-balancer-tls',
  title: 'Traffic to AWS load balancers is encrypted with TLS',
  provider: 'eks',
  assessment: 'manual',
  notes: 'An ALB Ingress (class "alb") without spec.tls, a certificate-arn annotation or an HTTPS listen port fails: the ALB then serves plain HTTP. LoadBalancer Services with the aws-load-balancer-ssl-cert annotation pass; other Services and Ingress controllers are listed for review, since TLS may end behind them.',
  severity: 'high',
  rationale: 'Unencrypted listeners expose credentials and data to anyone on the path between clients and the load balancer.',
  remediation: 'Put an ACM certificate on every internet-facing listener (alb.ingress.kubernetes.io/certificate-arn or spec.tls hosts for ALB, service.beta.kubernetes.io/aws-load-balancer-ssl-cert for NLB/CLB) and redirect HTTP to HTTPS.',
  guidance: GUIDANCE,
  evidence(ctx, p) {
    return {
      verdict: loadBalancerTlsVerdict(ctx, {
        lbIngressClasses: ['alb'],
        ingressCertAnnotations: ['alb.ingress.kubernetes.io/certificate-arn'],
        listenPortsAnnotation: 'alb.ingress.kubernetes.io/listen-ports',
        serviceCertAnnotations: ['service.beta.kubernetes.io/aws-load-balancer-ssl-cert'],
        guidance: fillGuidance(GUIDANCE, p),
      }),
    };
  },
});
