// Admission plugin state from apiServerArguments: enable and disable lists, defaults, the legacy replacing list,
// conflicts and OpenShift plugins that are listed nowhere.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseText } from '../../lib/model/parse.js';
import { embedded } from '../../lib/rule/openshift-config.js';
import { admissionPluginState } from '../../lib/rule/openshift-checks.js';

function config(args: Record<string, string[]>) {
  const text = `apiVersion: v1\ndata:\n  config.yaml: '${JSON.stringify({ apiServerArguments: args })}'\nkind: ConfigMap\nmetadata:\n  name: config\n  namespace: openshift-kube-apiserver\n`;
  return embedded(parseText(text, 'cm.yaml').resources[0], 'config.yaml').doc!;
}

const test = suite('openshift-checks');

test('enable and disable lists, with the defaults of Kubernetes for plugins in neither', () => {
  const doc = config({ 'enable-admission-plugins': ['NodeRestriction,AlwaysPullImages', 'security.openshift.io/SecurityContextConstraint'], 'disable-admission-plugins': ['DefaultStorageClass'] });
  const state = (p: string) => admissionPluginState(doc, p).state;
  assert.equal(
    ['NodeRestriction', 'AlwaysPullImages', 'security.openshift.io/SecurityContextConstraint', 'DefaultStorageClass', 'ServiceAccount', 'AlwaysAdmit', 'image.openshift.io/ImagePolicy'].map(state),
    ['enabled', 'enabled', 'enabled', 'disabled', 'enabled', 'disabled', 'unlisted'],
  );
});

test('a plugin in both lists is a conflict, located at the disable entry', () => {
  const doc = config({ 'enable-admission-plugins': ['NamespaceLifecycle'], 'disable-admission-plugins': ['NamespaceLifecycle'] });
  const s = admissionPluginState(doc, 'NamespaceLifecycle');
  assert.is(s.state, 'conflict');
  assert.equal(s.field.path, ['apiServerArguments', 'disable-admission-plugins', 0]);
});

test('the legacy admission-control list replaces the default set', () => {
  const doc = config({ 'admission-control': ['NamespaceLifecycle,NodeRestriction'] });
  assert.equal(['NodeRestriction', 'ServiceAccount'].map((p) => admissionPluginState(doc, p).state), ['enabled', 'disabled']);
});

test.run();
