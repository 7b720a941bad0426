// Seeded synthetic `kubectl get -A -o yaml` dumps: namespaces, Deployments -> ReplicaSets -> Pods (with status),
// Services, ConfigMaps, Secrets (values redacted as the collector does), ServiceAccounts, RBAC, NetworkPolicies.
import jsyaml from 'js-yaml';

/** Small deterministic PRNG (mulberry32) so every run generates the same dump. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenOptions {
  resources: number;
  managedFields: boolean;
  seed?: number;
}

type Obj = Record<string, unknown>;

export function generateItems(o: GenOptions): Obj[] {
  const r = rng(o.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  const uid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
  const ts = () => `2026-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}T0${Math.floor(r() * 9)}:1${Math.floor(r() * 9)}:2${Math.floor(r() * 9)}Z`;
  const items: Obj[] = [];
  const meta = (name: string, namespace: string | undefined, extra: Obj = {}): Obj => {
    const m: Obj = {
      creationTimestamp: ts(),
      ...extra,
      name,
      ...(namespace ? { namespace } : {}),
      resourceVersion: String(Math.floor(r() * 9_000_000) + 1000),
      uid: uid(),
    };
    if (o.managedFields) {
      m.managedFields = [
        {
          apiVersion: 'v1', fieldsType: 'FieldsV1', manager: 'kubectl-client-side-apply', operation: 'Update', time: ts(),
          fieldsV1: { 'f:metadata': { 'f:annotations': { '.': {}, 'f:kubectl.kubernetes.io/last-applied-configuration': {} }, 'f:labels': { '.': {}, 'f:app': {} } }, 'f:spec': { 'f:replicas': {}, 'f:template': { 'f:spec': { 'f:containers': { 'k:{"name":"app"}': { '.': {}, 'f:image': {}, 'f:name': {}, 'f:ports': {}, 'f:resources': {} } } } } } },
        },
        { apiVersion: 'v1', fieldsType: 'FieldsV1', manager: 'kube-controller-manager', operation: 'Update', subresource: 'status', time: ts(), fieldsV1: { 'f:status': { 'f:conditions': {}, 'f:observedGeneration': {}, 'f:readyReplicas': {}, 'f:replicas': {} } } },
      ];
    }
    return m;
  };
  const images = ['registry.example/shop/web', 'registry.example/shop/api', 'docker.io/library/nginx', 'quay.io/prometheus/node-exporter', 'registry.example/batch/worker'];
  const podSpec = (app: string): Obj => {
    const hardened = r() < 0.4;
    return {
      ...(r() < 0.1 ? { hostNetwork: true } : {}),
      serviceAccountName: r() < 0.3 ? 'default' : app,
      ...(hardened ? { securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } } } : {}),
      containers: [
        {
          name: 'app',
          image: `${pick(images)}:${Math.floor(r() * 9)}.${Math.floor(r() * 20)}.${Math.floor(r() * 50)}`,
          ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
          env: [{ name: 'LOG_LEVEL', value: 'info' }, ...(r() < 0.3 ? [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: `${app}-db`, key: 'password' } } }] : [])],
          resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
          securityContext: hardened
            ? { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } }
            : r() < 0.1 ? { privileged: true } : {},
          livenessProbe: { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10 },
          readinessProbe: { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 5 },
        },
      ],
    };
  };
  const nsCount = Math.max(2, Math.round(o.resources / 250));
  const namespaces = Array.from({ length: nsCount }, (_, i) => `team-${i}`);
  for (const ns of namespaces) {
    items.push({ apiVersion: 'v1', kind: 'Namespace', metadata: meta(ns, undefined, { labels: { 'kubernetes.io/metadata.name': ns, ...(r() < 0.5 ? { 'pod-security.kubernetes.io/enforce': 'restricted' } : {}) } }), spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
    items.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('default', ns), ...(r() < 0.5 ? { automountServiceAccountToken: false } : {}) });
    if (r() < 0.6) items.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('default-deny', ns), spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } });
  }
  let n = 0;
  while (items.length < o.resources) {
    const ns = namespaces[n % namespaces.length];
    const app = `svc-${n}`;
    n++;
    const labels = { app, 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': 'shop' };
    const spec = podSpec(app);
    const dm = meta(app, ns, { annotations: { 'deployment.kubernetes.io/revision': '3' }, generation: 3, labels });
    items.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: dm, spec: { progressDeadlineSeconds: 600, replicas: 2, revisionHistoryLimit: 10, selector: { matchLabels: { app } }, strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' }, template: { metadata: { labels }, spec } }, status: { availableReplicas: 2, observedGeneration: 3, readyReplicas: 2, replicas: 2, updatedReplicas: 2, conditions: [{ type: 'Available', status: 'True', lastTransitionTime: ts(), lastUpdateTime: ts(), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' }] } });
    const rsName = `${app}-${hex(10)}`;
    const rsm = meta(rsName, ns, { labels, ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'Deployment', name: app, uid: dm.uid }] });
    items.push({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: rsm, spec: { replicas: 2, selector: { matchLabels: { app } }, template: { metadata: { labels }, spec } }, status: { availableReplicas: 2, fullyLabeledReplicas: 2, observedGeneration: 1, readyReplicas: 2, replicas: 2 } });
    for (let p = 0; p < 2; p++) {
      const pm = meta(`${rsName}-${hex(5)}`, ns, { generateName: `${rsName}-`, labels, ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'ReplicaSet', name: rsName, uid: rsm.uid }] });
      items.push({ apiVersion: 'v1', kind: 'Pod', metadata: pm, spec: { ...spec, nodeName: `node-${Math.floor(r() * 40)}`, restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', schedulerName: 'default-scheduler', terminationGracePeriodSeconds: 30, tolerations: [{ effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 }] }, status: { phase: 'Running', hostIP: `10.0.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}`, podIP: `10.244.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}`, qosClass: 'Burstable', startTime: ts(), conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: ts() }, { type: 'ContainersReady', status: 'True', lastTransitionTime: ts() }], containerStatuses: [{ name: 'app', ready: true, restartCount: 0, started: true, image: 'x', imageID: `registry.example/x@sha256:${hex(64)}`, containerID: `containerd://${hex(64)}`, state: { running: { startedAt: ts() } } }] } });
    }
    items.push({ apiVersion: 'v1', kind: 'Service', metadata: meta(app, ns, { labels }), spec: { clusterIP: `10.96.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}`, ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 8080 }], selector: { app }, type: 'ClusterIP' } });
    items.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(`${app}-config`, ns), data: { 'app.properties': `feature.a=true\nfeature.b=${r() < 0.5}\npool.size=${Math.floor(r() * 64)}\n` } });
    if (r() < 0.5) items.push({ apiVersion: 'v1', kind: 'Secret', metadata: meta(`${app}-db`, ns), type: 'Opaque' });
    if (r() < 0.5) items.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(app, ns) });
    if (r() < 0.3) {
      items.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta(`${app}-reader`, ns), rules: [{ apiGroups: [''], resources: r() < 0.2 ? ['*'] : ['configmaps', 'secrets'], verbs: ['get', 'list', 'watch'] }] });
      items.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta(`${app}-reader`, ns), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${app}-reader` }, subjects: [{ kind: 'ServiceAccount', name: app, namespace: ns }] });
    }
  }
  items.length = o.resources;
  return items;
}

/** The dump as kubectl writes it: a v1 List with `- ` entries at column 0. */
export function toYaml(items: Obj[]): string {
  return jsyaml.dump({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, { lineWidth: -1, noArrayIndent: true, noRefs: true, sortKeys: false });
}

/**
 * The same workloads as `helm template` renders them: one document per object with helm's `# Source:` comment,
 * no objects the cluster makes (ReplicaSets, Pods), no status and no server-set metadata. `count` objects.
 */
export function toHelm(count: number, seed = 42): string {
  const out: string[] = [];
  let made = 0;
  for (let size = count * 3; made < count; size *= 2) {
    out.length = 0;
    made = 0;
    for (const item of generateItems({ resources: size, managedFields: false, seed })) {
      if (made === count) break;
      if (item.kind === 'Pod' || item.kind === 'ReplicaSet') continue;
      const { status: _status, ...rest } = item;
      const { creationTimestamp: _c, resourceVersion: _r, uid: _u, generation: _g, ...metadata } = rest.metadata as Obj;
      const template = String(item.kind).toLowerCase();
      out.push(`---\n# Source: shop/templates/${template}.yaml\n${jsyaml.dump({ ...rest, metadata }, { lineWidth: -1, noRefs: true })}`);
      made++;
    }
  }
  return out.join('');
}

export function toJson(items: Obj[]): string {
  return `${JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, null, 4)}\n`;
}
