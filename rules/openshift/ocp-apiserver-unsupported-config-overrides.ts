// The control plane operators must not carry unsupportedConfigOverrides.
import type { Resource } from '../../lib/model/types.js';
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { clusterObject } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

function isSet(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'object') return Object.keys(v as object).length > 0;
  return v !== '';
}

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-unsupported-config-overrides',
  title: 'Operators use no unsupported configuration overrides',
  assessment: 'manual',
  notes:
    'Decided from the operator.openshift.io objects in the dump: every one (KubeAPIServer, OpenShiftAPIServer, ' +
    'KubeControllerManager, KubeScheduler, Etcd, Authentication...) must have spec.unsupportedConfigOverrides null or ' +
    'empty. Needs at least the KubeAPIServer "cluster" object.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'Unsupported overrides bypass the operators\' validation and can silently undo security settings that other controls check.',
  remediation: 'Remove spec.unsupportedConfigOverrides from the operator objects (oc patch kubeapiserver cluster --type=merge -p \'{"spec":{"unsupportedConfigOverrides":null}}\') and use supported configuration instead.',

  evaluate(_cluster, ctx) {
    const kas = clusterObject(ctx, 'operator.openshift.io', 'KubeAPIServer');
    if (!kas) return manual('the KubeAPIServer "cluster" object is not in the input: check with "oc get kubeapiserver cluster -o jsonpath={.spec.unsupportedConfigOverrides}"');
    const operators: Resource[] = ctx.snapshot.resources.filter((r) => r.apiVersion.split('/')[0] === 'operator.openshift.io');
    const overridden = operators.filter((r) => isSet(Field.of(r, 'spec', 'unsupportedConfigOverrides').value));
    if (overridden.length > 0) {
      const names = overridden.map((r) => `${r.kind} "${r.name}"`).join(', ');
      return fail(Field.of(overridden[0], 'spec', 'unsupportedConfigOverrides'), `unsupportedConfigOverrides is set on ${names}`);
    }
    return pass(kas.loc, `none of the ${operators.length} operator objects in the input sets unsupportedConfigOverrides`);
  },
});
