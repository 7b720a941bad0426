// Fixed, realistic Report values for reporter tests: a mixed cluster scan, optional drift/framework fields, and N findings.
import type { ControlInfo, Report, Result, Summary } from '../../lib/report/types.js';

/** A resource name that must always render as text. */
export const XSS_NAME = '<img src=x onerror=alert(1)>';
/** A message with markup and quotes, as a rule could echo from a hostile manifest. */
export const XSS_MESSAGE = 'image "</script><script>alert(2)</script>" is not pinned & uses \'latest\'';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Result fields other features add to the contract; reporters must render them when present. */
export type ExtResult = Mutable<Result> & {
  baselineState?: 'new' | 'unchanged' | 'updated' | 'absent';
  waiver?: { reason: string; owner?: string; expires?: string; source: string; status: 'fail' | 'manual' };
};
export type ExtControl = Mutable<ControlInfo>;

const C = (c: ExtControl): ExtControl => c;

/** Controls of the sample, in control-id order (as the engine lists them). */
export const SAMPLE_CONTROLS: readonly ExtControl[] = [
  C({
    controlId: '1.1.1', ruleId: 'file-apiserver-manifest-mode', section: '1.1', sectionTitle: 'Control Plane Node Configuration Files',
    title: 'API server static pod manifest is not writable by group or others', assessment: 'automated', severity: 'medium',
    rationale: 'Whoever can edit the manifest can change how the API server runs on the next kubelet sync.',
    remediation: 'Run chmod 600 /etc/kubernetes/manifests/kube-apiserver.yaml on each control plane node.',
  }),
  C({
    controlId: '1.2.15', ruleId: 'apiserver-profiling', section: '1.2', sectionTitle: 'API Server',
    title: 'API server profiling endpoints are turned off', assessment: 'automated', severity: 'medium',
    rationale: 'The profiling handlers reveal internals of the process and cost resources; production servers do not need them.',
    remediation: 'Add --profiling=false to the kube-apiserver command in its static pod manifest.',
  }),
  C({
    controlId: '1.2.16', ruleId: 'apiserver-audit-log-path', section: '1.2', sectionTitle: 'API Server',
    title: 'API server writes an audit log', assessment: 'automated', severity: 'high',
    rationale: 'Without an audit trail there is no record of who did what through the API during an incident.',
    remediation: 'Set --audit-log-path to a file on a protected volume and provide an audit policy with --audit-policy-file.',
  }),
  C({
    controlId: '2.2', ruleId: 'etcd-client-cert-auth', section: '2', sectionTitle: 'Etcd Node Configuration',
    title: 'etcd requires client certificates', assessment: 'automated', severity: 'critical',
    rationale: 'etcd holds every object of the cluster, Secrets included; any client that can connect can read them.',
    remediation: 'Start etcd with --client-cert-auth=true and a --trusted-ca-file that only signs API server client certificates.',
  }),
  C({
    controlId: '4.2.1', ruleId: 'kubelet-anonymous-auth', section: '4.2', sectionTitle: 'Kubelet',
    title: 'Kubelet rejects anonymous requests', assessment: 'automated', severity: 'high',
    rationale: 'An anonymous kubelet API lets anyone on the node network list pods and, with weak authorization, run commands in them.',
    remediation: 'Set authentication.anonymous.enabled to false in the kubelet config (or pass --anonymous-auth=false).',
  }),
  C({
    controlId: '4.2.4', ruleId: 'kubelet-read-only-port', section: '4.2', sectionTitle: 'Kubelet',
    title: 'Kubelet read-only port is closed', assessment: 'manual', severity: 'medium',
    rationale: 'The read-only port serves pod and node details without any authentication.',
    remediation: 'Set readOnlyPort to 0 in the kubelet config file.',
  }),
  C({
    controlId: '4.3.1', ruleId: 'proxy-metrics-bind-address', section: '4.3', sectionTitle: 'kube-proxy',
    title: 'kube-proxy metrics listen on localhost only', assessment: 'automated', severity: 'low',
    rationale: 'Metrics exposed on all interfaces tell an attacker about services and endpoints.',
    remediation: 'Set metricsBindAddress to 127.0.0.1:10249 in the kube-proxy configuration.',
  }),
  C({
    controlId: '5.1.1', ruleId: 'rbac-cluster-admin-bindings', section: '5.1', sectionTitle: 'RBAC and Service Accounts',
    title: 'cluster-admin is bound only where it is needed', assessment: 'manual', severity: 'high',
    rationale: 'cluster-admin grants every permission in every namespace; each extra subject widens the blast radius of a leaked credential.',
    remediation: 'Bind narrower roles, and remove ClusterRoleBindings to cluster-admin that are not part of cluster bootstrap.',
    notes: 'The benchmark leaves this to review; we flag bindings to cluster-admin outside the system: prefix.',
  }),
  C({
    controlId: '5.2.2', ruleId: 'pod-privileged-containers', section: '5.2', sectionTitle: 'Pod Security Standards',
    title: 'Workloads do not run privileged containers', assessment: 'manual', severity: 'high',
    rationale: 'A privileged container has the host\'s devices and kernel capabilities and can take over the node.',
    remediation: 'Remove privileged: true from the container securityContext and add only the capabilities it needs.',
    notes: 'The benchmark asks for an admission policy; on manifests we check the workloads directly.',
    frameworks: { 'nist-800-53': ['AC-6', 'CM-7'], pss: ['baseline'], 'mitre-attack': ['T1611'] },
  }),
  C({
    controlId: '5.2.5', ruleId: 'pod-host-network', section: '5.2', sectionTitle: 'Pod Security Standards',
    title: 'Workloads do not share the host network namespace', assessment: 'manual', severity: 'medium',
    rationale: 'Pods on the host network can sniff node traffic and reach services bound to localhost.',
    remediation: 'Remove hostNetwork: true from the pod spec unless the workload is node infrastructure that needs it.',
    frameworks: { 'nist-800-53': ['SC-7'], pss: ['baseline'] },
  }),
  C({
    controlId: '5.3.2', ruleId: 'namespace-network-policies', section: '5.3', sectionTitle: 'Network Policies and CNI',
    title: 'Every namespace has a NetworkPolicy', assessment: 'manual', severity: 'medium',
    rationale: 'Without a policy every pod accepts traffic from every other pod in the cluster.',
    remediation: 'Add a default-deny NetworkPolicy to the namespace and allow the flows the workloads need.',
    frameworks: { 'nist-800-53': ['SC-7', 'AC-4'] },
  }),
  C({
    controlId: '5.4.1', ruleId: 'pod-secrets-as-env', section: '5.4', sectionTitle: 'Secrets Management',
    title: 'Secrets are mounted as files, not environment variables', assessment: 'manual', severity: 'low',
    rationale: 'Environment variables end up in crash dumps, logs and child processes more easily than files do.',
    remediation: 'Mount the Secret as a volume and have the application read the file.',
  }),
  C({
    controlId: '5.6.4', ruleId: 'namespace-default-unused', section: '5.6', sectionTitle: 'General Policies',
    title: 'The default namespace holds no workloads', assessment: 'manual', severity: 'low',
    rationale: 'Objects in default escape the quotas, policies and RBAC set up for application namespaces.',
    remediation: 'Move the objects into a dedicated namespace.',
  }),
];

function control(id: string): ExtControl {
  const c = SAMPLE_CONTROLS.find((x) => x.controlId === id);
  if (!c) throw new Error(`no sample control ${id}`);
  return c;
}

type Partial2 = Omit<ExtResult, 'ruleId' | 'title' | 'severity'>;
function R(r: Partial2): ExtResult {
  const c = control(r.controlId);
  return { ruleId: c.ruleId, title: c.title, severity: c.severity, ...r };
}

const CP = 'bundles/cp-1.tar.gz';
const W1 = 'bundles/worker-1.tar.gz';

/** Results of the sample, already in engine order (control id, target kind/namespace/name/node, file, line, column). */
function sampleResults(): ExtResult[] {
  return [
    R({ controlId: '1.1.1', status: 'pass', target: { kind: 'Node', name: 'cp-1', node: 'cp-1', cluster: 'prod-eu' },
      location: { file: `${CP}!files/stat.txt`, startLine: 12, startColumn: 1 }, message: 'mode is 0600' }),
    R({ controlId: '1.2.15', status: 'fail', target: { kind: 'Node', name: 'cp-1', node: 'cp-1', cluster: 'prod-eu' },
      location: { file: `${CP}!etc/kubernetes/manifests/kube-apiserver.yaml`, startLine: 14, startColumn: 5, endLine: 14, endColumn: 27 },
      message: 'profiling is not set and the API server default enables it', fieldPath: 'spec.containers[name=kube-apiserver].command' }),
    R({ controlId: '1.2.16', status: 'fail', target: { kind: 'Node', name: 'cp-1', node: 'cp-1', cluster: 'prod-eu' },
      location: { file: `${CP}!etc/kubernetes/manifests/kube-apiserver.yaml`, startLine: 14, startColumn: 5 },
      message: 'audit-log-path is not set', fieldPath: 'spec.containers[name=kube-apiserver].command' }),
    R({ controlId: '2.2', status: 'pass', target: { kind: 'Node', name: 'cp-1', node: 'cp-1', cluster: 'prod-eu' },
      location: { file: `${CP}!etc/kubernetes/manifests/etcd.yaml`, startLine: 18, startColumn: 9 }, message: 'client-cert-auth is true (from flag)' }),
    R({ controlId: '4.2.1', status: 'pass', target: { kind: 'Node', name: 'cp-1', node: 'cp-1', cluster: 'prod-eu' },
      location: { file: `${CP}!var/lib/kubelet/config.yaml`, startLine: 6, startColumn: 14 }, message: 'anonymous-auth is false (from config)' }),
    R({ controlId: '4.2.1', status: 'fail', target: { kind: 'Node', name: 'worker-1', node: 'worker-1', cluster: 'prod-eu' },
      location: { file: `${W1}!var/lib/kubelet/config.yaml`, startLine: 6, startColumn: 14, endLine: 6, endColumn: 18 },
      message: 'anonymous-auth is true (from config)', fieldPath: 'authentication.anonymous.enabled' }),
    R({ controlId: '4.2.1', status: 'error', target: { kind: 'Node', name: 'worker-2', node: 'worker-2', cluster: 'prod-eu' },
      message: 'kubelet configuration missing from bundle for node "worker-2"' }),
    R({ controlId: '4.2.4', status: 'manual', target: { kind: 'Node', name: 'worker-1', node: 'worker-1', cluster: 'prod-eu' },
      location: { file: `${W1}!var/lib/kubelet/config.yaml`, startLine: 1, startColumn: 1 },
      message: 'readOnlyPort is not set; the default depends on how the kubelet was installed' }),
    R({ controlId: '4.3.1', status: 'not-applicable', target: { kind: 'Node', name: 'worker-1', node: 'worker-1', cluster: 'prod-eu' },
      message: 'kube-proxy does not run on this node (the CNI replaces it)' }),
    R({ controlId: '5.1.1', status: 'fail', target: { kind: 'ClusterRoleBinding', name: 'ci-deployer' },
      location: { file: 'manifests/rbac.yaml', startLine: 9, startColumn: 3, endLine: 11, endColumn: 24 },
      message: 'binds cluster-admin to ServiceAccount "ci/deployer"', fieldPath: 'roleRef.name' }),
    R({ controlId: '5.2.2', status: 'fail', target: { kind: 'DaemonSet', namespace: 'monitoring', name: 'node-exporter' },
      location: { file: '-', startLine: 142, startColumn: 27, endLine: 142, endColumn: 31, helmSource: 'node-exporter/templates/daemonset.yaml' },
      message: 'privileged containers: "node-exporter"', fieldPath: 'spec.template.spec.containers[name=node-exporter].securityContext.privileged' }),
    R({ controlId: '5.2.2', status: 'fail', target: { kind: 'Deployment', namespace: 'payments', name: 'api' },
      location: { file: 'manifests/payments/api.yaml', startLine: 31, startColumn: 27, endLine: 31, endColumn: 31 },
      message: 'privileged containers: "api", "envoy"', fieldPath: 'spec.template.spec.containers[name=api].securityContext.privileged' }),
    R({ controlId: '5.2.2', status: 'pass', target: { kind: 'Deployment', namespace: 'shop', name: 'web' },
      location: { file: 'manifests/shop/web.yaml', startLine: 1, startColumn: 1 }, message: 'compliant' }),
    R({ controlId: '5.2.2', status: 'fail', target: { kind: 'Deployment', namespace: 'shop', name: XSS_NAME },
      location: { file: 'manifests/shop/<evil>.yaml', startLine: 20, startColumn: 27 },
      message: `privileged containers: "${XSS_NAME}"`, fieldPath: 'spec.template.spec.containers[name=x].securityContext.privileged' }),
    R({ controlId: '5.2.5', status: 'fail', target: { kind: 'DaemonSet', namespace: 'monitoring', name: 'node-exporter' },
      location: { file: '-', startLine: 118, startColumn: 20, helmSource: 'node-exporter/templates/daemonset.yaml' },
      message: 'hostNetwork is true', fieldPath: 'spec.template.spec.hostNetwork' }),
    R({ controlId: '5.2.5', status: 'pass', target: { kind: 'Deployment', namespace: 'payments', name: 'api' },
      location: { file: 'manifests/payments/api.yaml', startLine: 1, startColumn: 1 }, message: 'compliant' }),
    R({ controlId: '5.3.2', status: 'fail', target: { kind: 'Namespace', name: 'payments' },
      location: { file: 'manifests/namespaces.yaml', startLine: 4, startColumn: 3 }, message: 'no NetworkPolicy in namespace "payments"' }),
    R({ controlId: '5.3.2', status: 'pass', target: { kind: 'Namespace', name: 'shop' },
      location: { file: 'manifests/namespaces.yaml', startLine: 10, startColumn: 3 }, message: 'compliant' }),
    R({ controlId: '5.4.1', status: 'manual', target: { kind: 'Deployment', namespace: 'shop', name: 'web' },
      location: { file: 'manifests/shop/web.yaml', startLine: 40, startColumn: 15 }, message: XSS_MESSAGE }),
    R({ controlId: '5.6.4', status: 'manual', target: { kind: 'Namespace', name: 'default' },
      message: 'namespace "default" holds 2 objects; review whether they belong elsewhere' }),
  ];
}

export function summarize(results: readonly Result[]): Summary {
  // `waived` is counted for contracts that have it; results only in the baseline (absent) are not counted.
  const s = { pass: 0, fail: 0, manual: 0, notApplicable: 0, error: 0, waived: 0 };
  for (const r of results) {
    if ((r as ExtResult).baselineState === 'absent') continue;
    if ((r.status as string) === 'waived') s.waived++;
    else if (r.status === 'pass') s.pass++;
    else if (r.status === 'fail') s.fail++;
    else if (r.status === 'manual') s.manual++;
    else if (r.status === 'not-applicable') s.notApplicable++;
    else if (r.status === 'error') s.error++;
  }
  return s;
}

function baseReport(controls: readonly ExtControl[], results: ExtResult[]): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'kubecis', version: '0.1.0' },
    benchmark: { id: 'cis-1.12', title: 'CIS Kubernetes Benchmark v1.12.0', selectedBy: 'server version v1.32.4 maps to cis-1.12' },
    scan: {
      startedAt: '2026-03-14T09:26:53Z',
      inputs: ['manifests', 'bundles/cp-1.tar.gz', 'bundles/worker-1.tar.gz', '-'],
      clusterName: 'prod-eu',
      serverVersion: 'v1.32.4',
      bundles: [
        { file: CP, mode: 'node', node: 'cp-1', collectedFrom: 'host', startedAt: '2026-03-14T08:02:11Z', finishedAt: '2026-03-14T08:02:19Z' },
        { file: W1, mode: 'node', node: 'worker-1', collectedFrom: 'pod', startedAt: '2026-03-14T08:05:40Z', finishedAt: '2026-03-14T08:05:44Z' },
      ],
      nodes: ['cp-1', 'worker-1', 'worker-2'],
      resources: 57,
    },
    controls,
    results,
    summary: summarize(results),
    errors: [{ file: 'manifests/broken.yaml', line: 7, message: 'YAML parse error: bad indentation of a mapping entry' }],
  };
}

export interface SampleOptions {
  /** Add `baselineState` to results and one absent (fixed) finding, as a drift comparison would. */
  baseline?: boolean;
  /** Drop `frameworks` from controls and results (they are present by default on some). */
  noFrameworks?: boolean;
  /** Add a `frameworkViews` entry (NIST SP 800-53), as `--framework nist-800-53` does. */
  frameworkViews?: boolean;
  /** Waive the failing `ci-deployer` binding and list an expired and a stale waiver, as `--waivers` does. */
  waivers?: boolean;
}

/** Report fields newer than some reporters' contract; added untyped so the fixture compiles either way. */
function withExtras(report: Report, extras: Record<string, unknown>): Report {
  return Object.assign({}, report, extras) as Report;
}

type ViewCounts = { pass: number; fail: number; manual: number; notApplicable: number; error: number };
const counts = (c: Partial<ViewCounts>): ViewCounts => ({ pass: 0, fail: 0, manual: 0, notApplicable: 0, error: 0, ...c });

/** A fixed framework view consistent with the sample's results. */
export const SAMPLE_FRAMEWORK_VIEW: NonNullable<Report['frameworkViews']>[number] = {
  framework: { id: 'nist-800-53', title: 'NIST SP 800-53', version: 'Rev. 5' },
  controls: [
    { id: 'AC-4', title: 'Information Flow Enforcement', status: 'fail', automated: true, cisControls: ['5.3.2'], rules: ['namespace-network-policies'], counts: counts({ pass: 1, fail: 1 }) },
    { id: 'AC-6', title: 'Least Privilege', status: 'fail', automated: true, cisControls: ['5.2.2'], rules: ['pod-privileged-containers'], counts: counts({ pass: 1, fail: 3 }) },
    { id: 'CM-7', title: 'Least Functionality', status: 'fail', automated: true, cisControls: ['5.2.2'], rules: ['pod-privileged-containers'], counts: counts({ pass: 1, fail: 3 }) },
    { id: 'SC-7', title: 'Boundary Protection', status: 'fail', automated: true, cisControls: ['5.2.5', '5.3.2'], rules: ['namespace-network-policies', 'pod-host-network'], counts: counts({ pass: 2, fail: 2 }) },
    { id: 'SC-8', title: 'Transmission Confidentiality and Integrity', status: 'pass', automated: true, cisControls: ['2.2'], rules: ['etcd-client-cert-auth'], counts: counts({ pass: 1 }) },
  ],
  coverage: { automated: 5, total: 5 },
};

/** The fixed sample: 13 controls, 20 results of every status, a Helm-rendered source, a hostile name, a load error. */
export function sampleReport(opts: SampleOptions = {}): Report {
  let controls = SAMPLE_CONTROLS.map((c) => ({ ...c }));
  let results = sampleResults();
  if (!opts.noFrameworks) {
    for (const r of results) {
      const fw = controls.find((c) => c.controlId === r.controlId)?.frameworks;
      if (fw) r.frameworks = fw;
    }
  } else {
    controls = controls.map(({ frameworks: _fw, ...c }) => c);
  }
  if (opts.baseline) {
    const states: ExtResult['baselineState'][] = ['unchanged', 'new', 'updated'];
    results = results.map((r, i) => ({ ...r, baselineState: states[i % states.length] }));
    // A finding from the baseline that no longer appears (fixed since).
    const fixed = R({
      controlId: '5.2.5', status: 'pass', target: { kind: 'Deployment', namespace: 'shop', name: 'legacy' },
      location: { file: 'manifests/shop/legacy.yaml', startLine: 12, startColumn: 7 },
      message: 'hostNetwork is true', baselineState: 'absent',
    });
    const at = results.findIndex((r) => r.controlId === '5.3.2');
    results.splice(at, 0, fixed);
  }
  if (opts.waivers) {
    results = results.map((r) =>
      r.target.name === 'ci-deployer'
        ? {
            ...r,
            status: 'waived' as Result['status'],
            waiver: { reason: 'CI needs cluster-wide deploy rights until the move to Argo CD', owner: 'platform-team', expires: '2026-06-30', source: 'waivers.yaml:4', status: 'fail' as const },
          }
        : r,
    );
  }
  let report = baseReport(controls, results);
  if (opts.frameworkViews) report = { ...report, frameworkViews: [SAMPLE_FRAMEWORK_VIEW] };
  if (opts.baseline) {
    report = withExtras(report, {
      baseline: { startedAt: '2026-02-01T08:00:00Z', clusterName: 'prod-eu', counts: { new: 7, unchanged: 7, updated: 6, absent: 1 } },
    });
  }
  if (opts.waivers) {
    report = withExtras(report, {
      waivers: {
        expired: [{ control: '5.2.5', namespace: 'monitoring', kind: 'DaemonSet', name: 'node-exporter', reason: 'node metrics need the host network', owner: 'sre', expires: '2026-01-31', source: 'waivers.yaml:11' }],
        stale: [{ rule: 'pod-host-path-volumes', namespace: 'legacy', reason: `old NFS mount ${XSS_NAME}`, source: 'waivers.yaml:18' }],
      },
    });
  }
  return report;
}

const KINDS = ['DaemonSet', 'Deployment', 'Job', 'StatefulSet'] as const;
const STATUSES: Result['status'][] = ['fail', 'pass', 'fail', 'manual', 'pass', 'fail', 'error', 'not-applicable'];

/**
 * A report with exactly `n` results spread over the sample controls, 40 namespaces and 12 nodes, in engine order.
 * Deterministic; one resource carries the hostile name.
 */
export function largeReport(n: number): Report {
  const controls = SAMPLE_CONTROLS.map((c) => ({ ...c }));
  const perControl = Math.ceil(n / controls.length);
  const results: ExtResult[] = [];
  let made = 0;
  for (const c of controls) {
    const nodeControl = c.section.startsWith('1') || c.section.startsWith('2') || c.section.startsWith('4');
    for (let i = 0; i < perControl && made < n; i++, made++) {
      const status = STATUSES[(i * 7 + c.controlId.length) % STATUSES.length];
      if (nodeControl) {
        const node = `node-${String(i % 12).padStart(2, '0')}-${String(Math.floor(i / 12)).padStart(5, '0')}`;
        results.push({
          controlId: c.controlId, ruleId: c.ruleId, title: c.title, severity: c.severity, status,
          target: { kind: 'Node', name: node, node, cluster: 'fleet' },
          location: { file: `bundles/${node}.tar.gz!var/lib/kubelet/config.yaml`, startLine: 3 + (i % 40), startColumn: 3 },
          message: status === 'fail' ? `setting has the wrong value on "${node}"` : 'compliant',
        });
      } else {
        const ns = `team-${String(i % 40).padStart(2, '0')}`;
        const kind = KINDS[Math.floor(i / 40) % KINDS.length];
        const name = i === 5 ? XSS_NAME : `svc-${String(i).padStart(6, '0')}`;
        results.push({
          controlId: c.controlId, ruleId: c.ruleId, title: c.title, severity: c.severity, status,
          target: { kind, namespace: ns, name },
          location: { file: `apps/${ns}/${name}.yaml`, startLine: 10 + (i % 90), startColumn: 9, endLine: 10 + (i % 90), endColumn: 20 },
          message: status === 'fail' ? `container "app" of "${name}" breaks the control` : 'compliant',
          fieldPath: `spec.template.spec.containers[name=app].field${i % 3}`,
        });
      }
    }
  }
  // Engine order: control id, then target kind, namespace, name, node. Sort once here so the fixture is honest.
  const cmpId = (a: string, b: string) => {
    const x = a.split('.').map(Number);
    const y = b.split('.').map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const d = (x[i] ?? -1) - (y[i] ?? -1);
      if (d) return d;
    }
    return 0;
  };
  const str = (a?: string, b?: string) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);
  results.sort(
    (a, b) =>
      cmpId(a.controlId, b.controlId) || str(a.target.kind, b.target.kind) || str(a.target.namespace, b.target.namespace) ||
      str(a.target.name, b.target.name) || str(a.target.node, b.target.node),
  );
  const report = baseReport(controls, results);
  const nodes = [...new Set(results.map((r) => r.target.node).filter((x): x is string => !!x))].sort();
  return { ...report, scan: { ...report.scan, clusterName: 'fleet', resources: n, nodes } };
}
