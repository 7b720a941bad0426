// gke-managed-ssl-certificates: external GKE Ingresses decide; self-managed certificates and LoadBalancer Services are left to review.
import rule from '../../../rules/gke/gke-managed-ssl-certificates.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'pass-managed-certificate.yaml', status: 'pass', at: '2:1', says: ['the external Ingress uses Google-managed certificates'] },
  { fixture: 'fail-http-only-ingress.yaml', status: 'fail', at: '2:1', says: ['Ingress "shop/shop" has no certificate, so the load balancer serves it over plain HTTP'] },
  { fixture: 'fail-missing-managed-certificate.yaml', status: 'fail', at: '8:45', says: ['names ManagedCertificate "shop-cert", which is not in its namespace'] },
  { fixture: 'manual-self-managed-certificate.yaml', status: 'manual', at: '2:1', says: ['Ingress "shop/shop" (self-managed certificate)', 'Service "shop/grpc" (LoadBalancer, which cannot use managed certificates)'] },
  { fixture: 'not-applicable-internal-only.yaml', status: 'not-applicable', says: ['no external GKE Ingress or LoadBalancer Service is in the input'] },
]);
