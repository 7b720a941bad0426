// Bindings that grant something to everyone: the user system:anonymous and the groups system:unauthenticated and
// system:authenticated. Only the default bindings of the API server's bootstrap policy may name them.
import type { Resource } from '../model/types.js';
import { fail, manual, pass } from './define.js';
import { Field } from './field.js';
import { describeRoleRef, describeSubject, rbacOf, type BindingView } from './rbac.js';
import type { RuleContext, Verdict } from './types.js';

export interface PublicSubject {
  /** `system:anonymous`, `system:unauthenticated` or `system:authenticated`. */
  readonly name: string;
  /** ClusterRoleBindings of the bootstrap policy that name it by default. */
  readonly defaults: readonly string[];
  /** Who that is, for messages: `every unauthenticated request`. */
  readonly who: string;
}

/** A default binding: a ClusterRoleBinding of the bootstrap policy (labelled rbac-defaults) named after the ClusterRole it binds. */
function isDefault(b: BindingView, defaults: readonly string[]): boolean {
  return (
    b.kind === 'ClusterRoleBinding' && defaults.includes(b.name) && b.roleRef.kind === 'ClusterRole' && b.roleRef.name === b.name &&
    Field.of(b.resource, 'metadata', 'labels', 'kubernetes.io/bootstrapping').value === 'rbac-defaults'
  );
}

/** kubeadm lets anonymous clients read the kube-public/cluster-info ConfigMap for token-based node join (discovery). */
function isKubeadmDiscovery(b: BindingView): boolean {
  return b.kind === 'RoleBinding' && b.namespace === 'kube-public' && b.name === 'kubeadm:bootstrap-signer-clusterinfo' && b.roleRef.name === 'kubeadm:bootstrap-signer-clusterinfo';
}

/** One RoleBinding or ClusterRoleBinding: does it name the public subject outside the defaults? */
export function judgePublicSubjectBinding(target: Resource, ctx: RuleContext, subject: PublicSubject): Verdict {
  const b = rbacOf(ctx.index).binding(target);
  if (!b) return manual(`${target.kind} "${target.name}" could not be read as a binding`, target.loc);
  const hit = b.subjects.find((s) => (s.kind === 'User' || s.kind === 'Group') && s.name === subject.name);
  if (!hit) return pass(target.loc, `does not name "${subject.name}"`);
  if (isDefault(b, subject.defaults)) return pass(target.loc, `default binding of the bootstrap policy for "${subject.name}"`);
  if (subject.name === 'system:anonymous' && isKubeadmDiscovery(b)) {
    return manual('kubeadm lets anonymous clients read ConfigMap "kube-public/cluster-info" for token-based node join; delete this binding if nodes do not join that way', hit.field.get('name'));
  }
  const scope = b.kind === 'ClusterRoleBinding' ? 'cluster-wide' : `in namespace "${b.namespace ?? target.namespace ?? 'default'}"`;
  const lookalike = subject.defaults.includes(b.name) ? ', and the binding is not labelled as the bootstrap default it is named after' : '';
  return fail(hit.field.get('name'), `${describeSubject(hit)} (${subject.who}) is bound to ${describeRoleRef(b)} ${scope}${lookalike}`);
}
