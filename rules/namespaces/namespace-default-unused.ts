// The default namespace should hold nothing but what Kubernetes itself puts there.
import { defineRule, pass, fail, manual } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { isClusterScoped, WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { ClusterTarget, RuleContext } from '../../lib/rule/types.js';
import type { Resource } from '../../lib/model/types.js';

const MAX_LISTED = 10;

/** Objects Kubernetes creates in every namespace or in `default` itself. */
const BUILT_IN = new Set(['Service/kubernetes', 'Endpoints/kubernetes', 'EndpointSlice/kubernetes', 'ServiceAccount/default', 'ConfigMap/kube-root-ca.crt']);
/** Kinds that never count: events, and guardrails that help keep the namespace unused. */
const IGNORED_KINDS = new Set(['Event', 'NetworkPolicy', 'ResourceQuota', 'LimitRange']);
/** Namespaced kinds that a manifest without metadata.namespace puts into the applying context's namespace. */
const NAMESPACED = new Set([
  ...WORKLOAD_KINDS, 'ConfigMap', 'Endpoints', 'EndpointSlice', 'HorizontalPodAutoscaler', 'Ingress', 'PersistentVolumeClaim',
  'PodDisruptionBudget', 'Role', 'RoleBinding', 'Secret', 'Service', 'ServiceAccount',
]);

function isUserObject(r: Resource, ctx: RuleContext): boolean {
  if (isClusterScoped(r.kind) || IGNORED_KINDS.has(r.kind) || BUILT_IN.has(`${r.kind}/${r.name}`)) return false;
  if (ctx.index.ownerInInput(r)) return false; // reported through its owner (ReplicaSets, Pods, EndpointSlices)
  if (r.kind === 'Endpoints' && ctx.index.get('Service', r.namespace, r.name)) return false; // kept by the endpoints controller
  if (r.kind === 'Secret' && Field.of(r, 'type').value === 'kubernetes.io/service-account-token' &&
    Field.of(r, 'metadata', 'annotations', 'kubernetes.io/service-account.name').value === 'default') return false;
  return true;
}

function list(rs: readonly Resource[]): string {
  const names = rs.slice(0, MAX_LISTED).map((r) => `${r.kind} "${r.name}"`).join(', ');
  return rs.length > MAX_LISTED ? `${names} and ${rs.length - MAX_LISTED} more` : names;
}

export default defineRule<ClusterTarget>({
  id: 'namespace-default-unused',
  title: 'The default namespace is not used',
  assessment: 'manual',
  notes:
    'One verdict for the input. Ignored: what Kubernetes creates (the "kubernetes" Service and its endpoints, the ' +
    '"default" ServiceAccount and its token Secret, the kube-root-ca.crt ConfigMap), Events, objects owned by another ' +
    'object in the input, and NetworkPolicies, ResourceQuotas and LimitRanges (guardrails that help keep it empty). ' +
    'Manifests that set no namespace land in the applying context\'s namespace, often "default": that is manual.',
  severity: 'low',
  scope: { cluster: true },
  rationale: 'Objects in "default" tend to escape the per-namespace RBAC, NetworkPolicies, quotas and Pod Security labels that real namespaces get, and everyone tends to have access there.',
  remediation: 'Move the objects into a namespace of their own, set metadata.namespace in every manifest, and consider a ResourceQuota of zero pods or an admission policy that keeps "default" empty.',

  evaluate(_cluster, ctx) {
    const used = ctx.index.inNamespace('default').filter((r) => isUserObject(r, ctx));
    if (used.length) {
      return fail(Field.of(used[0], 'metadata', 'namespace'), `namespace "default" holds ${used.length} user ${used.length === 1 ? 'object' : 'objects'}: ${list(used)}`);
    }
    const unset = ctx.snapshot.resources.filter((r) => r.namespace === undefined && NAMESPACED.has(r.kind) && isUserObject(r, ctx));
    if (unset.length) {
      return manual(
        `${unset.length} ${unset.length === 1 ? 'object sets' : 'objects set'} no namespace and will land in the namespace given when applying (the Helm release or kubectl context namespace, "default" unless set): ${list(unset)}`,
        Field.of(unset[0], 'metadata', 'namespace'),
      );
    }
    return pass(undefined, 'no user objects in namespace "default"');
  },
});
