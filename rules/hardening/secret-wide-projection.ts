// A Secret should be projected into few workloads: one shared credential in many pods widens every leak.
import { defineRule, fail, notApplicable, pass } from '../../lib/rule/define.js';
import type { Field } from '../../lib/rule/field.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { NamespaceTarget } from '../../lib/rule/types.js';
import { containersOf, podSpecOf } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

/** How many workloads may share one Secret before the rule fails (option `secretMaxConsumers`). */
export const DEFAULT_MAX_CONSUMERS = 3;

/** Every reference to a Secret that puts its content into the pod: env, envFrom, secret and projected volumes. */
export function secretRefs(workload: Resource): { name: string; at: Field }[] {
  const out: { name: string; at: Field }[] = [];
  const add = (f: Field) => {
    const name = f.str();
    if (name) out.push({ name, at: f });
  };
  for (const c of containersOf(workload)) {
    for (const e of c.field.get('env').items()) add(e.get('valueFrom', 'secretKeyRef', 'name'));
    for (const e of c.field.get('envFrom').items()) add(e.get('secretRef', 'name'));
  }
  for (const v of podSpecOf(workload).get('volumes').items()) {
    add(v.get('secret', 'secretName'));
    for (const s of v.get('projected', 'sources').items()) add(s.get('secret', 'name'));
  }
  return out;
}

export default defineRule<NamespaceTarget>({
  id: 'secret-wide-projection',
  title: 'Secrets are not shared by many workloads',
  assessment: 'automated',
  notes:
    `Counts the distinct top-level workloads of a namespace whose pods receive a Secret through env, envFrom, a secret volume or a projected ` +
    `volume (imagePullSecrets are used by the kubelet and do not count). Fails when one Secret reaches more than ${DEFAULT_MAX_CONSUMERS} ` +
    'workloads; set secretMaxConsumers in the scan options to change that.',
  severity: 'medium',
  scope: { namespace: true },
  frameworks: { mitreAttack: ['T1552.007'] },
  rationale: 'A credential projected into many workloads is exposed by a compromise of any of them and cannot be rotated or revoked for one without breaking the others.',
  remediation: 'Give each workload its own credential (its own Secret, ideally its own identity at the backing service) and mount it only where it is used.',

  evaluate(ns, ctx) {
    const max = typeof ctx.options.secretMaxConsumers === 'number' ? ctx.options.secretMaxConsumers : DEFAULT_MAX_CONSUMERS;
    const workloads = ctx.index.inNamespace(ns.name).filter((r) => {
      if (!WORKLOAD_KINDS.includes(r.kind)) return false;
      const owner = ctx.index.ownerInInput(r);
      return !(owner && WORKLOAD_KINDS.includes(owner.kind));
    });
    if (workloads.length === 0) return notApplicable(`namespace "${ns.name}" has no workloads in the input`);
    const users = new Map<string, { workloads: Resource[]; at: Field }>();
    for (const w of workloads) {
      for (const ref of secretRefs(w)) {
        const u = users.get(ref.name) ?? { workloads: [], at: ref.at };
        if (!u.workloads.includes(w)) u.workloads.push(w);
        users.set(ref.name, u);
      }
    }
    const wide = [...users].filter(([, u]) => u.workloads.length > max).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    if (wide.length === 0) return pass(ns.resource?.loc ?? workloads[0].loc, `no Secret in namespace "${ns.name}" reaches more than ${max} workloads`);
    const [name, u] = wide[0];
    const more = wide.length > 1 ? ` (and ${wide.length - 1} more Secret${wide.length > 2 ? 's' : ''})` : '';
    // Point at the reference in the first workload past the limit: that is where the sharing went too far.
    const at = secretRefs(u.workloads[max]).find((r) => r.name === name)?.at ?? u.at;
    return fail(at, `Secret "${name}" is projected into ${u.workloads.length} workloads: ${u.workloads.map((w) => `${w.kind} "${w.name}"`).join(', ')}${more}`);
  },
});
