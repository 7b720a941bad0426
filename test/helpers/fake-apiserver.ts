// A tiny Kubernetes API server for tests: legacy discovery, list/get/create/delete with paging, pod logs, configz.
// It serves fixture objects on 127.0.0.1 (random port) so the real kubectl can run against it; no auth, no
// OpenAPI, no watch. Aggregated discovery is not offered: kubectl gets a legacy document and falls back.
import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';

export type KObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [k: string]: unknown };
  [k: string]: unknown;
};

/** One API resource the server knows (what discovery lists). */
export interface ResourceType {
  group: string;
  version: string;
  /** Plural resource name, e.g. `deployments`. */
  name: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  verbs?: string[];
}

const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** The resource types of a v1.31 cluster that the fixtures use. */
export const DEFAULT_RESOURCE_TYPES: readonly ResourceType[] = [
  { group: '', version: 'v1', name: 'configmaps', kind: 'ConfigMap', namespaced: true, shortNames: ['cm'] },
  { group: '', version: 'v1', name: 'endpoints', kind: 'Endpoints', namespaced: true, shortNames: ['ep'] },
  { group: '', version: 'v1', name: 'events', kind: 'Event', namespaced: true, shortNames: ['ev'] },
  { group: '', version: 'v1', name: 'limitranges', kind: 'LimitRange', namespaced: true, shortNames: ['limits'] },
  { group: '', version: 'v1', name: 'namespaces', kind: 'Namespace', namespaced: false, shortNames: ['ns'] },
  { group: '', version: 'v1', name: 'nodes', kind: 'Node', namespaced: false, shortNames: ['no'] },
  { group: '', version: 'v1', name: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', namespaced: true, shortNames: ['pvc'] },
  { group: '', version: 'v1', name: 'persistentvolumes', kind: 'PersistentVolume', namespaced: false, shortNames: ['pv'] },
  { group: '', version: 'v1', name: 'pods', kind: 'Pod', namespaced: true, shortNames: ['po'] },
  { group: '', version: 'v1', name: 'replicationcontrollers', kind: 'ReplicationController', namespaced: true, shortNames: ['rc'] },
  { group: '', version: 'v1', name: 'resourcequotas', kind: 'ResourceQuota', namespaced: true, shortNames: ['quota'] },
  { group: '', version: 'v1', name: 'secrets', kind: 'Secret', namespaced: true },
  { group: '', version: 'v1', name: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true, shortNames: ['sa'] },
  { group: '', version: 'v1', name: 'services', kind: 'Service', namespaced: true, shortNames: ['svc'] },
  { group: 'admissionregistration.k8s.io', version: 'v1', name: 'mutatingwebhookconfigurations', kind: 'MutatingWebhookConfiguration', namespaced: false },
  { group: 'admissionregistration.k8s.io', version: 'v1', name: 'validatingadmissionpolicies', kind: 'ValidatingAdmissionPolicy', namespaced: false },
  { group: 'admissionregistration.k8s.io', version: 'v1', name: 'validatingadmissionpolicybindings', kind: 'ValidatingAdmissionPolicyBinding', namespaced: false },
  { group: 'admissionregistration.k8s.io', version: 'v1', name: 'validatingwebhookconfigurations', kind: 'ValidatingWebhookConfiguration', namespaced: false },
  { group: 'apps', version: 'v1', name: 'daemonsets', kind: 'DaemonSet', namespaced: true, shortNames: ['ds'] },
  { group: 'apps', version: 'v1', name: 'deployments', kind: 'Deployment', namespaced: true, shortNames: ['deploy'] },
  { group: 'apps', version: 'v1', name: 'replicasets', kind: 'ReplicaSet', namespaced: true, shortNames: ['rs'] },
  { group: 'apps', version: 'v1', name: 'statefulsets', kind: 'StatefulSet', namespaced: true, shortNames: ['sts'] },
  { group: 'batch', version: 'v1', name: 'cronjobs', kind: 'CronJob', namespaced: true, shortNames: ['cj'] },
  { group: 'batch', version: 'v1', name: 'jobs', kind: 'Job', namespaced: true },
  { group: 'networking.k8s.io', version: 'v1', name: 'ingresses', kind: 'Ingress', namespaced: true, shortNames: ['ing'] },
  { group: 'networking.k8s.io', version: 'v1', name: 'networkpolicies', kind: 'NetworkPolicy', namespaced: true, shortNames: ['netpol'] },
  { group: 'node.k8s.io', version: 'v1', name: 'runtimeclasses', kind: 'RuntimeClass', namespaced: false },
  { group: 'policy', version: 'v1', name: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true, shortNames: ['pdb'] },
  { group: 'rbac.authorization.k8s.io', version: 'v1', name: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false },
  { group: 'rbac.authorization.k8s.io', version: 'v1', name: 'clusterroles', kind: 'ClusterRole', namespaced: false },
  { group: 'rbac.authorization.k8s.io', version: 'v1', name: 'rolebindings', kind: 'RoleBinding', namespaced: true },
  { group: 'rbac.authorization.k8s.io', version: 'v1', name: 'roles', kind: 'Role', namespaced: true },
];

export interface FakeApiServerOptions {
  /** Objects served, with apiVersion, kind and metadata. */
  objects?: readonly KObject[];
  resourceTypes?: readonly ResourceType[];
  /** The /version document's gitVersion. */
  gitVersion?: string;
  /** Largest page the server returns, whatever limit the client asks for (forces paging). */
  maxPageSize?: number;
  /** configz documents by node name; a number is an HTTP status to answer instead. */
  configz?: Readonly<Record<string, unknown>>;
  /** Resources (plural name, or `name.group`) whose list and get answer 403. */
  forbidden?: readonly string[];
  /** Called after an object was created (not for dry runs); may add objects, statuses and pod logs. */
  onCreate?: (obj: KObject, api: FakeApiServer) => void;
}

export interface RequestRecord {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly status: number;
}

export interface FakeApiServer {
  readonly url: string;
  readonly port: number;
  readonly requests: RequestRecord[];
  /** Adds or replaces an object. */
  put(obj: KObject): void;
  get(apiVersion: string, kind: string, name: string, namespace?: string): KObject | undefined;
  list(apiVersion: string, kind: string): KObject[];
  /** Sets the log text of a pod (what `kubectl logs` returns). */
  setLog(namespace: string, pod: string, text: string): void;
  /** Writes a kubeconfig pointing at this server; returns its path. */
  writeKubeconfig(file: string, opts?: { cluster?: string; context?: string }): string;
  close(): Promise<void>;
}

function keyOf(group: string, resource: string, namespace: string | undefined, name: string): string {
  return `${group}/${resource}/${namespace ?? ''}/${name}`;
}

function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

/** Equality-based label selectors: `a=b`, `a==b`, `a!=b`, `a`, `!a`, comma-separated. */
function matchesLabels(labels: Record<string, string> | undefined, selector: string | undefined): boolean {
  if (!selector) return true;
  const l = labels ?? {};
  for (const raw of selector.split(',')) {
    const term = raw.trim();
    if (!term) continue;
    let m: RegExpMatchArray | null;
    if ((m = term.match(/^([^!=]+)!=(.*)$/))) {
      if (l[m[1]] === m[2]) return false;
    } else if ((m = term.match(/^([^!=]+)==?(.*)$/))) {
      if (l[m[1]] !== m[2]) return false;
    } else if (term.startsWith('!')) {
      if (term.slice(1) in l) return false;
    } else if (!(term in l)) return false;
  }
  return true;
}

function fieldValue(obj: KObject, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}

function matchesFields(obj: KObject, selector: string | undefined): boolean {
  if (!selector) return true;
  for (const raw of selector.split(',')) {
    const m = raw.trim().match(/^([^!=]+)(!=|==|=)(.*)$/);
    if (!m) continue;
    const v = String(fieldValue(obj, m[1]) ?? '');
    if (m[2] === '!=' ? v === m[3] : v !== m[3]) return false;
  }
  return true;
}

export async function startFakeApiServer(opts: FakeApiServerOptions = {}): Promise<FakeApiServer> {
  const types = opts.resourceTypes ?? DEFAULT_RESOURCE_TYPES;
  const store = new Map<string, KObject>();
  const logs = new Map<string, string>();
  const requests: RequestRecord[] = [];
  let rv = 1000;
  let uid = 0;

  const typeByKind = (group: string, kind: string) => types.find((t) => t.group === group && t.kind === kind);
  const typeByName = (group: string, version: string, name: string) =>
    types.find((t) => t.group === group && t.version === version && t.name === name);
  const forbidden = (t: ResourceType) =>
    (opts.forbidden ?? []).some((f) => f === t.name || f === (t.group ? `${t.name}.${t.group}` : `${t.name}`));

  function put(obj: KObject): void {
    const { group } = splitApiVersion(obj.apiVersion);
    const t = typeByKind(group, obj.kind);
    if (!t) throw new Error(`fake apiserver: unknown kind ${obj.apiVersion} ${obj.kind}`);
    const copy = JSON.parse(JSON.stringify(obj)) as KObject;
    copy.metadata.resourceVersion ??= String(++rv);
    copy.metadata.uid ??= `00000000-0000-4000-8000-${String(++uid).padStart(12, '0')}`;
    copy.metadata.creationTimestamp ??= '2025-01-15T09:00:00Z';
    if (!t.namespaced) delete copy.metadata.namespace;
    store.set(keyOf(group, t.name, t.namespaced ? copy.metadata.namespace ?? 'default' : undefined, copy.metadata.name), copy);
  }
  for (const o of opts.objects ?? []) put(o);

  const api: FakeApiServer = {
    url: '',
    port: 0,
    requests,
    put,
    get(apiVersion, kind, name, namespace) {
      const { group } = splitApiVersion(apiVersion);
      const t = typeByKind(group, kind);
      return t ? store.get(keyOf(group, t.name, t.namespaced ? namespace : undefined, name)) : undefined;
    },
    list(apiVersion, kind) {
      const { group } = splitApiVersion(apiVersion);
      const t = typeByKind(group, kind);
      if (!t) return [];
      return [...store.entries()].filter(([k]) => k.startsWith(`${group}/${t.name}/`)).map(([, v]) => v);
    },
    setLog(namespace, pod, text) {
      logs.set(`${namespace}/${pod}`, text);
    },
    writeKubeconfig(file, o = {}) {
      const cluster = o.cluster ?? 'fake';
      const context = o.context ?? cluster;
      const text = [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        `- name: ${cluster}`,
        '  cluster:',
        `    server: ${api.url}`,
        'contexts:',
        `- name: ${context}`,
        '  context:',
        `    cluster: ${cluster}`,
        '    user: tester',
        `current-context: ${context}`,
        'users:',
        '- name: tester',
        '  user: {}',
        '',
      ].join('\n');
      fs.writeFileSync(file, text, { mode: 0o600 });
      return file;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  function status(res: http.ServerResponse, code: number, reason: string, message: string, details?: object): number {
    send(res, code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code });
    return code;
  }
  function send(res: http.ServerResponse, code: number, body: unknown, type = 'application/json'): number {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(code, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
    return code;
  }

  function discovery(path: string, res: http.ServerResponse): number | undefined {
    if (path === '/version') {
      const gitVersion = opts.gitVersion ?? 'v1.31.4';
      const m = gitVersion.match(/^v(\d+)\.(\d+)/);
      return send(res, 200, {
        major: m?.[1] ?? '1', minor: m?.[2] ?? '31', gitVersion, gitCommit: '0000000000000000000000000000000000000000',
        gitTreeState: 'clean', buildDate: '2024-12-10T11:36:07Z', goVersion: 'go1.22.9', compiler: 'gc', platform: 'linux/amd64',
      });
    }
    if (path === '/api') {
      return send(res, 200, {
        kind: 'APIVersions', versions: ['v1'],
        serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: `127.0.0.1:${api.port}` }],
      });
    }
    if (path === '/apis') {
      const groups = new Map<string, Set<string>>();
      for (const t of types) if (t.group) (groups.get(t.group) ?? groups.set(t.group, new Set()).get(t.group)!).add(t.version);
      return send(res, 200, {
        kind: 'APIGroupList', apiVersion: 'v1',
        groups: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, versions]) => {
          const vs = [...versions].map((v) => ({ groupVersion: `${name}/${v}`, version: v }));
          return { name, versions: vs, preferredVersion: vs[0] };
        }),
      });
    }
    const m = path.match(/^\/api\/(v1)$/) ?? path.match(/^\/apis\/([^/]+\/[^/]+)$/);
    if (m) {
      const gv = m[1];
      const { group, version } = splitApiVersion(gv);
      const own = types.filter((t) => t.group === group && t.version === version);
      if (own.length === 0) return status(res, 404, 'NotFound', `the server could not find the requested resource`);
      const resources: object[] = [];
      for (const t of own) {
        resources.push({
          name: t.name, singularName: t.kind.toLowerCase(), namespaced: t.namespaced, kind: t.kind,
          verbs: t.verbs ?? RW, ...(t.shortNames ? { shortNames: t.shortNames } : {}),
        });
        if (t.name === 'pods') resources.push({ name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] });
        if (t.name === 'nodes') resources.push({ name: 'nodes/proxy', singularName: '', namespaced: false, kind: 'NodeProxyOptions', verbs: ['create', 'delete', 'get', 'patch', 'update'] });
      }
      return send(res, 200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources });
    }
    return undefined;
  }

  async function readBody(req: http.IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, path: string, q: URLSearchParams): Promise<number> {
    const method = req.method ?? 'GET';
    if (method === 'GET') {
      const d = discovery(path, res);
      if (d !== undefined) return d;
    }
    if (path.startsWith('/openapi/')) return status(res, 404, 'NotFound', 'the server could not find the requested resource');

    const configz = path.match(/^\/api\/v1\/nodes\/([^/]+)\/proxy\/configz$/);
    if (configz && method === 'GET') {
      const doc = opts.configz?.[configz[1]];
      if (doc === undefined) return status(res, 404, 'NotFound', `nodes "${configz[1]}" not found`);
      if (typeof doc === 'number') return status(res, doc, doc === 403 ? 'Forbidden' : 'ServiceUnavailable', `configz of node "${configz[1]}" answered ${doc}`);
      return send(res, 200, doc);
    }
    const log = path.match(/^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/);
    if (log && method === 'GET') {
      const pod = store.get(keyOf('', 'pods', log[1], log[2]));
      if (!pod) return status(res, 404, 'NotFound', `pods "${log[2]}" not found`);
      return send(res, 200, logs.get(`${log[1]}/${log[2]}`) ?? '', 'text/plain');
    }

    // /api/v1[/namespaces/NS]/RES[/NAME]  or  /apis/G/V[/namespaces/NS]/RES[/NAME]
    const segs = path.split('/').filter(Boolean);
    let group = '';
    let version: string;
    let rest: string[];
    if (segs[0] === 'api') { version = segs[1]; rest = segs.slice(2); }
    else if (segs[0] === 'apis') { group = segs[1]; version = segs[2]; rest = segs.slice(3); }
    else return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    let ns: string | undefined;
    if (rest[0] === 'namespaces' && rest.length >= 3) { ns = rest[1]; rest = rest.slice(2); }
    const [resName, objName, sub] = rest;
    const t = resName ? typeByName(group, version, resName) : undefined;
    if (!t || sub !== undefined) return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    if (forbidden(t)) {
      return status(res, 403, 'Forbidden', `${t.name}${t.group ? '.' + t.group : ''} is forbidden: User "tester" cannot ${method === 'GET' && !objName ? 'list' : 'get'} resource "${t.name}" in API group "${t.group}"${ns ? ` in the namespace "${ns}"` : ' at the cluster scope'}`);
    }
    const apiVersion = group ? `${group}/${version}` : version;
    const dryRun = q.has('dryRun');

    if (method === 'GET' && objName === undefined) {
      let items = [...store.entries()]
        .filter(([k]) => k.startsWith(`${group}/${t.name}/`))
        .map(([, v]) => v)
        .filter((o) => !ns || !t.namespaced || o.metadata.namespace === ns)
        .filter((o) => matchesLabels(o.metadata.labels, q.get('labelSelector') ?? undefined))
        .filter((o) => matchesFields(o, q.get('fieldSelector') ?? undefined))
        .sort((a, b) => `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace ?? ''}/${b.metadata.name}`));
      if (q.get('watch') === 'true' || q.get('watch') === '1') return status(res, 405, 'MethodNotAllowed', 'watch is not supported by the fake API server');
      const start = q.get('continue') ? Number(Buffer.from(q.get('continue')!, 'base64url').toString('utf8')) : 0;
      const asked = Number(q.get('limit') ?? 0);
      const cap = opts.maxPageSize ?? 0;
      let limit = asked > 0 ? asked : 0;
      if (cap > 0) limit = limit > 0 ? Math.min(limit, cap) : cap;
      const total = items.length;
      if (limit > 0) items = items.slice(start, start + limit);
      else items = items.slice(start);
      const next = limit > 0 && start + items.length < total ? Buffer.from(String(start + items.length)).toString('base64url') : undefined;
      return send(res, 200, {
        kind: `${t.kind}List`, apiVersion,
        metadata: { resourceVersion: String(rv), ...(next ? { continue: next, remainingItemCount: total - start - items.length } : {}) },
        items: items.map((o) => ({ ...o, apiVersion, kind: t.kind })),
      });
    }
    if (method === 'GET') {
      const o = store.get(keyOf(group, t.name, t.namespaced ? ns : undefined, objName!));
      if (!o) return status(res, 404, 'NotFound', `${t.name}${group ? '.' + group : ''} "${objName}" not found`, { name: objName, group, kind: t.name });
      return send(res, 200, o);
    }
    if (method === 'POST' && objName === undefined) {
      let obj: KObject;
      try {
        obj = JSON.parse(await readBody(req)) as KObject;
      } catch {
        return status(res, 400, 'BadRequest', 'the request body is not JSON');
      }
      if (!obj.metadata?.name && typeof obj.metadata?.generateName === 'string') {
        obj.metadata.name = `${obj.metadata.generateName}${Math.random().toString(36).slice(2, 7)}`;
      }
      if (!obj.metadata?.name) return status(res, 422, 'Invalid', 'metadata.name: Required value');
      if (t.namespaced) obj.metadata.namespace = ns ?? obj.metadata.namespace ?? 'default';
      if (t.namespaced && !store.has(keyOf('', 'namespaces', undefined, obj.metadata.namespace!))) {
        return status(res, 404, 'NotFound', `namespaces "${obj.metadata.namespace}" not found`);
      }
      const k = keyOf(group, t.name, t.namespaced ? obj.metadata.namespace : undefined, obj.metadata.name);
      if (store.has(k)) return status(res, 409, 'AlreadyExists', `${t.name} "${obj.metadata.name}" already exists`, { name: obj.metadata.name, kind: t.name });
      if (dryRun) return send(res, 201, obj);
      put(obj);
      const stored = store.get(k)!;
      opts.onCreate?.(stored, api);
      return send(res, 201, store.get(k) ?? stored);
    }
    if (method === 'DELETE' && objName !== undefined) {
      const k = keyOf(group, t.name, t.namespaced ? ns : undefined, objName);
      const o = store.get(k);
      if (!o) return status(res, 404, 'NotFound', `${t.name} "${objName}" not found`, { name: objName, kind: t.name });
      if (!dryRun) {
        store.delete(k);
        if (t.name === 'namespaces') for (const key of [...store.keys()]) if (key.split('/')[2] === objName) store.delete(key);
        if (t.name === 'jobs' || t.name === 'daemonsets') {
          // Owned pods go with their owner (the garbage collector's job in a real cluster).
          for (const [key, p] of [...store.entries()]) {
            const owners = (p.metadata.ownerReferences as { uid?: string }[] | undefined) ?? [];
            if (owners.some((r) => r.uid === o.metadata.uid)) store.delete(key);
          }
        }
      }
      return send(res, 200, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name: objName, kind: t.name, uid: o.metadata.uid } });
    }
    return status(res, 405, 'MethodNotAllowed', `${method} is not supported by the fake API server`);
  }

  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query: Record<string, string> = {};
    u.searchParams.forEach((v, k) => (query[k] = v));
    handle(req, res, u.pathname.replace(/\/+$/, '') || '/', u.searchParams)
      .then((code) => requests.push({ method: req.method ?? 'GET', path: u.pathname, query, status: code }))
      .catch((err: unknown) => {
        requests.push({ method: req.method ?? 'GET', path: u.pathname, query, status: 500 });
        if (!res.headersSent) status(res, 500, 'InternalError', String(err));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  Object.assign(api, { port, url: `http://127.0.0.1:${port}` });
  return api;
}
