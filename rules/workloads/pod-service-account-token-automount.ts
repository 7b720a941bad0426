// Workloads should mount a service account token only when they call the Kubernetes API.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { tokenMount } from '../../lib/rule/rbac.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-service-account-token-automount',
  title: 'Service account tokens are mounted only where needed',
  assessment: 'manual',
  notes:
    'Judged per workload with its ServiceAccount, as the admission plugin decides: the pod\'s automountServiceAccountToken wins, else the ' +
    'ServiceAccount\'s, else the token is mounted. Not mounted passes; mounted by default fails; mounted because someone set ' +
    'automountServiceAccountToken: true is manual (a deliberate opt-in whose need only the owner can confirm). When the pod does not set it ' +
    'and its ServiceAccount is not in the input, the result is manual, except for a Pod from a dump that carries the token volume the ' +
    'admission plugin adds. Static (mirror) pods get no token and pass. In kube-system, where the installer\'s add-ons (DNS, ' +
    'kube-proxy, CNI agents) need the API, a token mounted by default is manual rather than fail.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { mitreAttack: ['T1528'] },
  rationale: 'A mounted token lets anyone who gets code running in the pod call the API server with the service account\'s rights.',
  remediation: 'Set automountServiceAccountToken: false on the pod template (or on its ServiceAccount) of every workload that does not call the Kubernetes API; workloads that do should use their own ServiceAccount with a narrow role.',

  evaluate(workload, ctx) {
    const t = tokenMount(workload, ctx.index);
    const sa = `ServiceAccount "${t.serviceAccount}"`;
    switch (t.by) {
      case 'mirror-pod':
        return pass(workload.loc, 'static pods get no service account token');
      case 'pod':
        return t.mounted
          ? manual(`the pod sets automountServiceAccountToken: true for ${sa}; confirm it calls the Kubernetes API`, t.at)
          : pass(workload.loc, 'the pod sets automountServiceAccountToken: false');
      case 'service-account':
        return t.mounted
          ? manual(`${sa} sets automountServiceAccountToken: true and the pod does not override it; confirm the workload calls the Kubernetes API`, t.at)
          : pass(workload.loc, `${sa} sets automountServiceAccountToken: false and the pod does not override it`);
      case 'admission':
        if (t.explicit) return manual(`${sa} sets automountServiceAccountToken: true and the pod has its token mounted; confirm the workload calls the Kubernetes API`, t.at);
        return fail(t.at, `the pod has the token of ${sa} mounted (volume "${String(t.at.get('name').value)}") and does not set automountServiceAccountToken: false`);
      case 'default':
        if (workload.namespace === 'kube-system') {
          // Cluster add-ons (DNS, kube-proxy, CNI agents) call the API by design and their manifests come from the installer.
          return manual(`the token of ${sa} is mounted by default in "kube-system"; confirm this cluster component calls the Kubernetes API`, t.at);
        }
        return fail(t.at, `the token of ${sa} is mounted by default: neither the pod nor the ServiceAccount sets automountServiceAccountToken: false`);
      default:
        return manual(`the pod does not set automountServiceAccountToken and ${sa} is not in the input, so whether its token is mounted cannot be read`, t.at);
    }
  },
});
