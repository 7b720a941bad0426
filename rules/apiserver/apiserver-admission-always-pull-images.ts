// The AlwaysPullImages admission plugin (off by default) must be on.
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkPlugin } from '../../lib/rule/admission-plugins.js';

export default defineRule({
  id: 'apiserver-admission-always-pull-images',
  title: 'API server forces image pulls on every container start',
  assessment: 'manual',
  notes: 'The benchmark marks this Manual because it adds registry traffic and needs the registry reachable; the plugin state is read from the data.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'Without it, a pod can run any private image already cached on its node without having the credentials to pull it.',
  remediation: 'Add AlwaysPullImages to --enable-admission-plugins on the API server (make sure the registry, or an in-cluster mirror, is always reachable).',

  evaluate: onComponent('apiserver', (v) => checkPlugin(v, 'AlwaysPullImages', true)),
});
