// Each namespace's default ServiceAccount should be unused: no extra bindings, no workloads with its token, automount off.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { rbacOf, tokenMount } from '../../lib/rule/rbac.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { NamespaceTarget } from '../../lib/rule/types.js';

export default defineRule<NamespaceTarget>({
  id: 'rbac-default-service-account',
  title: 'Default service accounts are not used',
  assessment: 'manual',
  notes:
    'Judged per namespace. Fails when a binding other than the cluster\'s defaults names the namespace\'s "default" ServiceAccount, when a ' +
    'workload in the input runs as it with a token mounted, or when the ServiceAccount is in the input without automountServiceAccountToken: ' +
    'false (kube-system and other system namespaces included, as the benchmark asks for every namespace). When the ServiceAccount is not in ' +
    'the input (Kubernetes creates it with automount on) and nothing else fails, the result is manual.',
  severity: 'medium',
  scope: { namespace: true },
  rationale: 'Every pod that names no service account runs as "default", so rights granted to it, and its automatically mounted token, spread to workloads nobody meant to give them to.',
  remediation: 'Give each workload that calls the API its own ServiceAccount, remove bindings to "default", and set automountServiceAccountToken: false on the "default" ServiceAccount of every namespace.',

  evaluate(ns, ctx) {
    const { index } = ctx;
    const account = index.get('ServiceAccount', ns.name, 'default');
    const problems: { at: Field; text: string }[] = [];
    const bindings = rbacOf(index).bindingsOfServiceAccount(ns.name, 'default').filter((b) => !b.origin);
    if (bindings.length > 0) {
      const s = bindings[0].subjects.find((x) => x.kind === 'ServiceAccount' && x.name === 'default' && x.namespace === ns.name)!;
      problems.push({ at: s.field.get('name'), text: `ServiceAccount "default" is bound by ${bindings.map((b) => `${b.kind} "${b.name}"`).join(', ')}` });
    }
    const workloads = index.inNamespace(ns.name).filter((r) => {
      if (!WORKLOAD_KINDS.includes(r.kind)) return false;
      const owner = index.ownerInInput(r);
      return !(owner && WORKLOAD_KINDS.includes(owner.kind));
    });
    const mounts = workloads.map((w) => ({ w, t: tokenMount(w, index) })).filter((x) => x.t.serviceAccount === 'default');
    const mounted = mounts.filter((x) => x.t.mounted === true);
    if (mounted.length > 0) {
      const names = mounted.map((x) => `${x.w.kind} "${x.w.name}"`);
      problems.push({ at: mounted[0].t.at, text: `${names.join(', ')} ${names.length === 1 ? 'runs' : 'run'} as ServiceAccount "default" with its token mounted` });
    }
    const automount = account ? Field.of(account, 'automountServiceAccountToken') : undefined;
    if (automount && automount.value !== false) {
      const how = automount.value === true ? 'sets automountServiceAccountToken: true' : 'does not set automountServiceAccountToken: false';
      problems.push({ at: automount, text: `ServiceAccount "default" ${how}` });
    }
    if (problems.length > 0) return fail(problems[0].at, problems.map((p) => p.text).join('; '));
    if (!account) {
      const unsure = mounts.filter((x) => x.t.mounted === undefined);
      if (unsure.length > 0) {
        const names = unsure.map((x) => `${x.w.kind} "${x.w.name}"`);
        return manual(`${names.join(', ')} ${names.length === 1 ? 'runs' : 'run'} as ServiceAccount "default", which is not in the input, so whether a token is mounted cannot be read`, unsure[0].t.at);
      }
      return manual(`ServiceAccount "default" of namespace "${ns.name}" is not in the input, so whether it mounts its token automatically cannot be read`, ns.resource?.loc);
    }
    return pass(account.loc, 'ServiceAccount "default" disables token automount and no workload in the input uses it with a token');
  },
});
