// Traffic through Azure load balancers should be encrypted: Application Gateway Ingresses with certificates.
import { loadBalancerTlsVerdict } from '../../lib/rule/load-balancer-tls.js';
import { fillGuidance, managedSettingRule } from '../../lib/rule/managed.js';

const GUIDANCE = 'check that every internet-facing entry point terminates TLS: Application Gateway listeners with certificates, or TLS in the ingress controller behind the layer 4 Azure load balancer';

export default managedSettingRule({
  id: 'aks-load-balancer-tls',
  title: 'Traffic to Azure load balancers is encrypted with TLS',
  provider: 'aks',
  assessment: 'manual',
  notes: 'An Application Gateway Ingress without spec.tls or an appgw-ssl-certificate annotation fails: the gateway then serves plain HTTP. The Azure load balancer of a LoadBalancer Service works at layer 4 and cannot terminate TLS, so those Services and other Ingress controllers are listed for review.',
  severity: 'high',
  rationale: 'Unencrypted listeners expose credentials and data to anyone on the path between clients and the cluster.',
  remediation: 'Give every internet-facing Ingress a TLS section (certificates from Key Vault with the Application Gateway or cert-manager), redirect HTTP to HTTPS, and use TLS in applications behind plain LoadBalancer Services.',
  guidance: GUIDANCE,
  evidence(ctx, p) {
    return {
      verdict: loadBalancerTlsVerdict(ctx, {
        lbIngressClasses: ['azure-application-gateway', 'azure/application-gateway'],
        ingressCertAnnotations: ['appgw.ingress.kubernetes.io/appgw-ssl-certificate'],
        serviceCertAnnotations: [],
        guidance: fillGuidance(GUIDANCE, p),
      }),
    };
  },
});
