// The Kubernetes dashboard (web UI) should not run in the cluster.
import { fail, pass } from '../../lib/rule/define.js';
import { imagePath } from '../../lib/rule/cni.js';
import { describe, GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';
import { containersOf } from '../../lib/rule/workload.js';

const DASHBOARD_IMAGES = /(^|\/)(kubernetesui\/dashboard(-api|-web|-auth)?|kubernetes-dashboard(-amd64|-arm64)?)$/;

export default managedSettingRule({
  id: 'gke-web-ui-disabled',
  title: 'The Kubernetes web UI is not deployed',
  provider: 'gke',
  assessment: 'automated',
  notes: 'A Deployment running the dashboard image (or named kubernetes-dashboard) fails, whether it is the GKE add-on or installed by hand. When the input includes kube-system\'s Deployments and no dashboard, the control passes; otherwise it is manual.',
  severity: 'high',
  rationale: 'The dashboard has been a common way into clusters: it runs with a service account of its own and is often exposed with broad rights.',
  remediation: 'Disable the KubernetesDashboard add-on (gcloud container clusters update --update-addons=KubernetesDashboard=DISABLED) and remove any dashboard you installed yourself.',
  guidance: `check that the KubernetesDashboard add-on is disabled: run "${GKE_DESCRIBE} --format=value(addonsConfig.kubernetesDashboard)"`,
  evidence(ctx) {
    const deployments = ctx.index.byKind('Deployment');
    for (const d of deployments) {
      const c = containersOf(d).find((x) => DASHBOARD_IMAGES.test(imagePath(x.field.get('image').str() ?? '')));
      if (c) return { verdict: fail(c.field.get('image'), `${describe(d)} runs the Kubernetes dashboard (container "${c.name}")`) };
      if (d.name === 'kubernetes-dashboard') return { verdict: fail(d.loc, `${describe(d)} is the Kubernetes dashboard`) };
    }
    const system = deployments.filter((d) => d.namespace === 'kube-system');
    if (system.length > 0) {
      return { verdict: pass(system[0].loc, `none of the ${deployments.length} Deployments in the input, ${system.length} of them in kube-system, runs the Kubernetes dashboard`) };
    }
    return { seen: [], none: 'the input has no kube-system Deployments, so whether the add-on runs cannot be seen' };
  },
});
