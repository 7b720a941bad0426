// Only the people and pipelines that publish images should be able to change the registries the cluster uses.
import { ACR_REGISTRY, managedSettingRule, registryEvidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-acr-user-access',
  title: 'User access to Azure Container Registry is limited',
  provider: 'aks',
  assessment: 'manual',
  severity: 'medium',
  rationale: 'Whoever can push or delete images in a registry the cluster pulls from can run code in the cluster.',
  remediation: 'Grant AcrPush only to the build pipeline\'s identity and AcrPull at most to people, disable the admin user, and use Microsoft Entra identities rather than registry tokens.',
  guidance: 'check the role assignments on the registries in use: only the build pipeline holds AcrPush or higher and the admin user is disabled; run "az role assignment list --scope <registry id>" and "az acr show --name <registry> --query adminUserEnabled"',
  evidence(ctx) {
    const acr = registryEvidence(ctx, (r) => ACR_REGISTRY.test(r), 'Azure Container Registry');
    return acr ? { seen: [acr] } : { seen: [], none: 'no container image in the input comes from Azure Container Registry' };
  },
});
