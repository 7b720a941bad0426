// Anonymous requests may do only what OpenShift's default bindings of system:unauthenticated allow.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { describeSubject, rbacOf, type BindingView, type Subject } from '../../lib/rule/rbac.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

/** ClusterRoleBindings OpenShift itself gives system:unauthenticated, with the ClusterRole each binds. */
const DEFAULTS: Readonly<Record<string, string>> = {
  'self-access-reviewers': 'self-access-reviewer',
  'system:oauth-token-deleters': 'system:oauth-token-deleter',
  'system:openshift:public-info-viewer': 'system:openshift:public-info-viewer',
  'system:public-info-viewer': 'system:public-info-viewer',
  'system:scope-impersonation': 'system:scope-impersonation',
  'system:webhooks': 'system:webhook',
};

function isAnonymous(s: Subject): boolean {
  return (s.kind === 'Group' && s.name === 'system:unauthenticated') || (s.kind === 'User' && s.name === 'system:anonymous');
}

function label(b: BindingView): string {
  return `${b.kind} "${b.namespace ? `${b.namespace}/` : ''}${b.name}"`;
}

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-anonymous-access',
  title: 'Anonymous requests get only the default OpenShift permissions',
  assessment: 'manual',
  notes:
    'Decided from the RBAC bindings in the dump: OpenShift keeps anonymous requests on so that discovery, health ' +
    'checks and OAuth work, and limits them through six default ClusterRoleBindings of system:unauthenticated. Any ' +
    'other binding of system:unauthenticated or system:anonymous, or a default binding pointing at another role, fails.',
  severity: 'high',
  scope: { cluster: true },
  frameworks: { mitreAttack: ['T1078.001'] },
  rationale: 'Whatever system:unauthenticated may do, anyone who can reach the API can do without credentials.',
  remediation: 'Remove the extra bindings of system:unauthenticated and system:anonymous (oc adm policy remove-cluster-role-from-group ROLE system:unauthenticated) and keep the default ones as OpenShift ships them.',

  evaluate(_cluster, ctx) {
    if (ctx.index.byKind('ClusterRoleBinding').length === 0) {
      return manual('no ClusterRoleBindings are in the input: list what anonymous requests may do with "oc get clusterrolebindings -o wide | grep -E \'system:(unauthenticated|anonymous)\'"');
    }
    const offenders: { b: BindingView; s: Subject; why: string }[] = [];
    const defaults: string[] = [];
    for (const b of rbacOf(ctx.index).bindings) {
      const anon = b.subjects.filter(isAnonymous);
      if (anon.length === 0) continue;
      const expected = b.kind === 'ClusterRoleBinding' ? DEFAULTS[b.name] : undefined;
      if (expected !== undefined && b.roleRef.kind === 'ClusterRole' && b.roleRef.name === expected && anon.every((s) => s.kind === 'Group')) {
        defaults.push(b.name);
        continue;
      }
      const why = expected !== undefined && b.roleRef.name !== expected ? ` instead of "${expected}"` : '';
      offenders.push({ b, s: anon[0], why });
    }
    if (offenders.length > 0) {
      const shown = offenders.slice(0, 3).map((o) => `${label(o.b)} gives ${describeSubject(o.s)} ${o.b.roleRef.kind || 'role'} "${o.b.roleRef.name}"${o.why}`);
      const more = offenders.length > 3 ? ` and ${offenders.length - 3} more` : '';
      return fail(offenders[0].s.field, `anonymous requests get more than OpenShift's defaults: ${shown.join('; ')}${more}`);
    }
    if (defaults.length === 0) return pass(undefined, 'no binding grants anything to system:unauthenticated or system:anonymous');
    return pass(undefined, `only OpenShift's default bindings ${[...defaults].sort().map((d) => `"${d}"`).join(', ')} grant access to system:unauthenticated`);
  },
});
