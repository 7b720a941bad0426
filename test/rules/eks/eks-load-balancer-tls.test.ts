// eks-load-balancer-tls: ALB Ingresses decide; other entry points are left to review.
import rule from '../../../rules/eks/eks-load-balancer-tls.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'eks', [
  { fixture: 'pass-alb-certificate-and-nlb-tls.yaml', status: 'pass', says: ['every load-balanced entry point in the input (2) terminates TLS'] },
  { fixture: 'fail-alb-http-only.yaml', status: 'fail', at: '2:1', says: ['Ingress "shop/shop" has no certificate or HTTPS listener'], not: ['admin'] },
  { fixture: 'manual-nginx-behind-nlb.yaml', status: 'manual', at: '2:1', says: ['Service "ingress-nginx/ingress-nginx-controller" (LoadBalancer without a TLS certificate)'] },
  { fixture: 'manual-no-load-balancers.yaml', status: 'manual', says: ['no Ingress or LoadBalancer Service is in the input'] },
]);
