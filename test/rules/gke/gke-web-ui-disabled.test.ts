// gke-web-ui-disabled: a dashboard Deployment fails; kube-system without one passes; without kube-system it is manual.
import rule from '../../../rules/gke/gke-web-ui-disabled.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'pass-kube-system-without-dashboard.yaml', status: 'pass', says: ['none of the 3 Deployments in the input, 2 of them in kube-system, runs the Kubernetes dashboard'] },
  { fixture: 'fail-dashboard-deployed.yaml', status: 'fail', at: '12:18', says: ['Deployment "kubernetes-dashboard/kubernetes-dashboard-web" runs the Kubernetes dashboard'] },
  { fixture: 'manual-no-kube-system.yaml', status: 'manual', says: ['addonsConfig.kubernetesDashboard', 'the input has no kube-system Deployments'] },
]);
