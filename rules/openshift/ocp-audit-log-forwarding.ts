// Audit logs must be forwarded off the cluster (a ClusterLogForwarder pipeline with the audit input).
import type { Resource } from '../../lib/model/types.js';
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

/** Output types that keep logs inside the cluster. */
const IN_CLUSTER_TYPES = new Set(['lokiStack']);

function inCluster(output: Field | undefined, name: string): boolean {
  if (name === 'default') return true; // logging.openshift.io/v1: the cluster's own log store
  if (!output) return false;
  if (IN_CLUSTER_TYPES.has(output.get('type').str() ?? '')) return true;
  const type = output.get('type').str() ?? '';
  const url = output.get('url').str() ?? output.get(type, 'url').str() ?? '';
  const host = /^[a-z]+:\/\/([^/:]+)/i.exec(url)?.[1] ?? '';
  return /\.svc(\.cluster\.local)?$/.test(host);
}

/** Names of the inputs of a forwarder that carry audit logs: the reserved `audit` name and inputs of type audit. */
function auditInputs(clf: Resource): Set<string> {
  const names = new Set(['audit']);
  for (const i of Field.of(clf, 'spec', 'inputs').items()) {
    const name = i.get('name').str();
    if (name && (i.get('type').str() === 'audit' || i.get('audit').exists)) names.add(name);
  }
  return names;
}

export default defineRule<ClusterTarget>({
  id: 'ocp-audit-log-forwarding',
  title: 'Audit logs are forwarded off the cluster',
  assessment: 'manual',
  notes:
    'Decided from ClusterLogForwarder objects (logging.openshift.io/v1 and observability.openshift.io/v1): a pipeline ' +
    'that takes the audit input and sends it to an output outside the cluster passes; audit kept in the cluster\'s own ' +
    'store (the "default" output, a lokiStack, or an in-cluster service URL), or no audit pipeline, fails. Without any ' +
    'ClusterLogForwarder the logs may still be shipped by other agents, so that is manual.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'Audit logs on the control plane nodes rotate away and can be altered by whoever compromises a node; a copy elsewhere keeps the record.',
  remediation: 'Install the Red Hat OpenShift Logging operator and create a ClusterLogForwarder with a pipeline whose inputRefs include audit and whose outputRefs name an external store (syslog, Splunk, Kafka, S3-backed Loki...).',

  evaluate(_cluster, ctx) {
    const clfs = ctx.index.byKind('ClusterLogForwarder').filter((r) => /^(logging|observability)\.openshift\.io\//.test(r.apiVersion));
    if (clfs.length === 0) {
      return manual('no ClusterLogForwarder is in the input: check how audit logs leave the cluster ("oc get clusterlogforwarders -A" or your own log agent)');
    }
    let kept: Field | undefined;
    for (const clf of clfs) {
      const outputs = new Map(Field.of(clf, 'spec', 'outputs').items().map((o) => [o.get('name').str() ?? '', o] as const));
      const audit = auditInputs(clf);
      for (const p of Field.of(clf, 'spec', 'pipelines').items()) {
        const inputs = p.get('inputRefs').items().map((i) => i.str() ?? '');
        if (!inputs.some((i) => audit.has(i))) continue;
        const refs = p.get('outputRefs').items();
        const external = refs.find((r) => !inCluster(outputs.get(r.str() ?? ''), r.str() ?? ''));
        const where = `${clf.namespace ? `${clf.namespace}/` : ''}${clf.name}`;
        if (external) return pass(external, `ClusterLogForwarder "${where}" forwards audit logs to output "${external.str()}"`);
        kept ??= refs[0] ?? p.get('inputRefs');
      }
    }
    if (kept) return fail(kept, 'audit logs are forwarded only to a store inside the cluster');
    return fail(Field.of(clfs[0], 'spec', 'pipelines'), `no pipeline of the ${clfs.length} ClusterLogForwarder${clfs.length === 1 ? '' : 's'} in the input forwards audit logs`);
  },
});
