// Containers must not bind ports on the node: no non-zero hostPort, and no hostNetwork (every port is a host port).
import { defineRule, pass, fail } from '../../lib/rule/define.js';
import { describeContainer, failOffenders, type Offender } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf, podSpecOf } from '../../lib/rule/workload.js';
import type { Field } from '../../lib/rule/field.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-host-ports',
  title: 'Containers do not use host ports',
  assessment: 'manual',
  notes:
    'A non-zero ports[].hostPort fails at that field. With hostNetwork: true the API server sets every declared ' +
    'hostPort to its containerPort, and undeclared listeners are on the node too, so a hostNetwork pod also fails: at ' +
    'each declared containerPort, or at spec.hostNetwork when none is declared. Explicit host ports are reported first.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'baseline' },
  rationale: 'A host port opens the node\'s own address to the container, bypassing Services and most network policies, and ties the pod to one node.',
  remediation: 'Remove hostPort (and hostNetwork: true) and expose the workload through a Service; enforce the baseline Pod Security Standard on the namespace.',

  evaluate(workload) {
    const hostNetwork = podSpecOf(workload).get('hostNetwork').value === true;
    const containers = containersOf(workload);
    const explicit: Offender[] = [];
    const implicit: Offender[] = [];
    for (const c of containers) {
      const own: { at: Field; port: string }[] = [];
      const implied: { at: Field; port: string }[] = [];
      for (const p of c.field.get('ports').items()) {
        const hostPort = p.get('hostPort');
        const containerPort = p.get('containerPort');
        if (typeof hostPort.value === 'number' && hostPort.value !== 0) own.push({ at: hostPort, port: String(hostPort.value) });
        else if (hostNetwork && containerPort.exists) implied.push({ at: containerPort, port: String(containerPort.value) });
      }
      const details: string[] = [];
      if (own.length) details.push(`hostPort ${own.map((x) => x.port).join(', ')}`);
      if (implied.length) details.push(`containerPort ${implied.map((x) => x.port).join(', ')} bound on the node by hostNetwork: true`);
      if (details.length) (own.length ? explicit : implicit).push({ container: c, at: (own[0] ?? implied[0]).at, detail: details.join('; ') });
    }
    if (explicit.length || implicit.length) return failOffenders('host ports used by', [...explicit, ...implicit]);
    if (hostNetwork) {
      const who = containers.length ? containers.map(describeContainer).join(', ') : 'the pod';
      return fail(podSpecOf(workload).get('hostNetwork'), `hostNetwork is true, so any port that ${who} ${containers.length > 1 ? 'listen' : 'listens'} on is a host port`);
    }
    return pass(workload.loc, 'no container uses a host port');
  },
});
