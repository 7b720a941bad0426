// aks-load-balancer-tls: Application Gateway Ingresses decide; layer 4 Services are left to review.
import rule from '../../../rules/aks/aks-load-balancer-tls.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'aks', [
  { fixture: 'pass-application-gateway-tls.yaml', status: 'pass', says: ['every load-balanced entry point in the input (1) terminates TLS'] },
  { fixture: 'fail-application-gateway-http.yaml', status: 'fail', at: '2:1', says: ['Ingress "shop/shop" has no certificate or HTTPS listener'] },
  { fixture: 'manual-layer4-load-balancer.yaml', status: 'manual', at: '2:1', says: ['layer 4 Azure load balancer', 'Service "shop/api" (LoadBalancer without a TLS certificate)'] },
]);
