// Audit logs leave the control-plane node: an audit webhook backend, or a log shipper DaemonSet that reads the audit log folder.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { componentView, flagSetting, hostPathOf, type ComponentView } from '../../lib/rule/component.js';
import { Field } from '../../lib/rule/field.js';
import { imagesOf } from '../../lib/rule/image.js';
import { podSpecOf } from '../../lib/rule/workload.js';
import type { ClusterTarget } from '../../lib/rule/types.js';
import type { Resource } from '../../lib/model/types.js';

/** Last path component of the image repository of common log shippers. */
const SHIPPER_IMAGES = /^(fluent-bit|fluentbit|fluentd|fluentd-kubernetes-daemonset|vector|filebeat|promtail|alloy|grafana-agent|opentelemetry-collector(-contrib|-k8s)?|otel-collector)$/;

function shipperOf(ds: Resource): string | undefined {
  for (const i of imagesOf(ds)) {
    const repo = i.ref?.repository.split('/').pop() ?? '';
    if (SHIPPER_IMAGES.test(repo)) return repo;
  }
  return undefined;
}

/** hostPath volumes a DaemonSet mounts. */
function hostPaths(ds: Resource): string[] {
  return podSpecOf(ds).get('volumes').items().map((v) => v.get('hostPath', 'path').str()).filter((p): p is string => !!p).map((p) => p.replace(/\/+$/, '') || '/');
}

const under = (file: string, dir: string) => dir === '/' || file === dir || file.startsWith(`${dir}/`);

export default defineRule<ClusterTarget>({
  id: 'audit-log-forwarding',
  title: 'Audit logs are forwarded off the control-plane nodes',
  assessment: 'automated',
  notes:
    'Passes when an API server in the input has --audit-webhook-config-file, or when a DaemonSet running a known log shipper (fluent-bit, ' +
    'fluentd, vector, filebeat, promtail, Grafana Alloy or Agent, OpenTelemetry Collector) mounts the host folder that holds the audit log ' +
    '(--audit-log-path, mapped through the API server\'s hostPath mounts). A shipper whose mounts do not cover it, or a shipper seen without ' +
    'the API server (manifests only, managed control planes), is manual. Fails when the API server is in the input and neither is found.',
  severity: 'medium',
  scope: { cluster: true },
  frameworks: { mitreAttack: ['T1070', 'T1562.008'] },
  rationale: 'An attacker with control of a control-plane node can edit or delete local audit files; records that were shipped elsewhere as they were written survive, and retention no longer depends on node disks.',
  remediation: 'Send audit events to a webhook backend (--audit-webhook-config-file) or run a log shipper DaemonSet on control-plane nodes that reads the --audit-log-path folder and forwards it to central storage.',

  evaluate(_cluster, ctx) {
    const views = ctx.snapshot.nodes.map((n) => componentView(n, ctx, 'apiserver')).filter((x): x is ComponentView => x !== undefined);
    for (const v of views) {
      const hook = flagSetting(v, 'audit-webhook-config-file');
      if (hook.value) return pass(hook.loc, `the API server on node "${v.node.name}" sends audit events to a webhook backend`);
    }
    const shippers = ctx.index.topLevel(['DaemonSet']).map((ds) => ({ ds, name: shipperOf(ds) })).filter((s): s is { ds: Resource; name: string } => s.name !== undefined);
    const logFiles = views
      .map((v) => ({ v, path: flagSetting(v, 'audit-log-path') }))
      .filter((x) => x.path.value && x.path.value !== '-')
      .map((x) => ({ ...x, host: hostPathOf(x.v, x.path.value!) ?? x.path.value! }));
    for (const s of shippers) {
      const mounts = hostPaths(s.ds);
      const covered = logFiles.find((f) => mounts.some((m) => under(f.host, m)));
      if (covered) return pass(s.ds.loc, `DaemonSet "${s.ds.name}" (${s.name}) mounts the folder of the audit log "${covered.host}"`);
    }
    if (shippers.length > 0) {
      const s = shippers[0];
      const why = logFiles.length
        ? `its hostPath mounts do not include the audit log "${logFiles[0].host}"`
        : 'the API server is not in the input, so whether it reads the audit log cannot be told';
      return manual(`log shipper DaemonSet "${s.ds.name}" (${s.name}) runs, but ${why}`, Field.of(s.ds, 'spec', 'template', 'spec', 'volumes'));
    }
    if (views.length === 0) {
      return manual('neither an API server nor a log shipper DaemonSet is in the input; on a managed control plane check that the provider\'s audit log export is enabled, else collect the control-plane nodes');
    }
    const v = views[0];
    const at = logFiles[0]?.path.loc ?? v.anchor;
    return fail(at, `no API server sends audit events to a webhook (--audit-webhook-config-file) and no log shipper DaemonSet reads the audit log`);
  },
});
