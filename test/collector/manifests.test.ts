// The in-cluster manifests: kubectl accepts them (client-side dry run against the fake API server), and a schema
// of the fields they use catches misspelt or misplaced fields and privileges beyond the documented ones.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import AjvModule from 'ajv';
import { startFakeApiServer, type FakeApiServer } from '../helpers/fake-apiserver.js';
import { REPO, run, tempDir } from './support.js';

const test = suite('collector: in-cluster manifests');
const K8S = path.join(REPO, 'collectors/k8s');
const PLACEHOLDERS: Record<string, string> = {
  KUBECIS_NAMESPACE: 'kubecis', KUBECIS_JOB: 'kubecis-collect-1', KUBECIS_NODE: 'worker-1',
  KUBECIS_DAEMONSET: 'kubecis-collect', KUBECIS_IMAGE: 'registry.example.internal/library/busybox:1.36',
};
const render = (file: string) =>
  fs.readFileSync(path.join(K8S, file), 'utf8').replace(/KUBECIS_[A-Z]+/g, (m) => PLACEHOLDERS[m] ?? m);

// Only what the manifests use, each object closed: a typo or an unplanned privilege fails the check.
const closed = (properties: Record<string, object>, required: string[] = []) => ({ type: 'object', additionalProperties: false, properties, required });
const str = { type: 'string' };
const strMap = { type: 'object', additionalProperties: { type: 'string' } };
const container = closed({
  name: str, image: str, imagePullPolicy: { enum: ['IfNotPresent', 'Always', 'Never'] },
  command: { type: 'array', items: str }, args: { type: 'array', items: str },
  env: { type: 'array', items: closed({ name: str, value: str, valueFrom: closed({ fieldRef: closed({ fieldPath: { const: 'spec.nodeName' } }, ['fieldPath']) }) }, ['name']) },
  securityContext: closed({
    privileged: { const: false }, allowPrivilegeEscalation: { const: false }, readOnlyRootFilesystem: { const: true },
    capabilities: closed({ drop: { const: ['ALL'] } }, ['drop']),
  }, ['privileged', 'allowPrivilegeEscalation', 'readOnlyRootFilesystem', 'capabilities']),
  resources: closed({ requests: strMap, limits: strMap }),
  volumeMounts: { type: 'array', items: closed({ name: str, mountPath: str, readOnly: { type: 'boolean' } }, ['name', 'mountPath']) },
}, ['name', 'image', 'securityContext', 'volumeMounts']);
const podSpec = closed({
  nodeName: str, restartPolicy: { enum: ['Never', 'Always', 'OnFailure'] }, hostPID: { const: true },
  automountServiceAccountToken: { const: false }, enableServiceLinks: { const: false }, terminationGracePeriodSeconds: { type: 'integer' },
  tolerations: { type: 'array', items: closed({ operator: { const: 'Exists' } }) },
  securityContext: closed({ runAsUser: { const: 0 }, runAsGroup: { const: 0 }, seccompProfile: closed({ type: { const: 'RuntimeDefault' } }) }),
  containers: { type: 'array', minItems: 1, maxItems: 1, items: container },
  volumes: {
    type: 'array',
    items: closed({
      name: str,
      hostPath: closed({ path: { const: '/' }, type: { const: 'Directory' } }, ['path']),
      configMap: closed({ name: { const: 'kubecis-collector' }, defaultMode: { type: 'integer' } }, ['name']),
      emptyDir: closed({ sizeLimit: str }),
    }, ['name']),
  },
}, ['hostPID', 'automountServiceAccountToken', 'securityContext', 'containers', 'volumes']);
const meta = closed({ name: str, namespace: str, labels: strMap, annotations: strMap }, ['name']);
const template = closed({ metadata: closed({ labels: strMap }), spec: podSpec }, ['spec']);
const schemas: Record<string, object> = {
  'namespace.yaml': closed({ apiVersion: { const: 'v1' }, kind: { const: 'Namespace' }, metadata: meta }, ['apiVersion', 'kind', 'metadata']),
  'job.yaml': closed({
    apiVersion: { const: 'batch/v1' }, kind: { const: 'Job' }, metadata: meta,
    spec: closed({ backoffLimit: { type: 'integer' }, activeDeadlineSeconds: { type: 'integer' }, ttlSecondsAfterFinished: { type: 'integer' }, template }, ['template']),
  }, ['apiVersion', 'kind', 'metadata', 'spec']),
  'daemonset.yaml': closed({
    apiVersion: { const: 'apps/v1' }, kind: { const: 'DaemonSet' }, metadata: meta,
    spec: closed({ selector: closed({ matchLabels: strMap }), updateStrategy: closed({ type: { enum: ['OnDelete', 'RollingUpdate'] } }), template }, ['selector', 'template']),
  }, ['apiVersion', 'kind', 'metadata', 'spec']),
};

let base = '';
let api: FakeApiServer;
test.before(async () => {
  base = tempDir('kubecis-manifests-');
  api = await startFakeApiServer({ objects: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }] });
});
test.after(async () => {
  await api.close();
  fs.rmSync(base, { recursive: true, force: true });
});

test('every manifest matches the schema of the fields it may use', () => {
  const ajv = new AjvModule.default({ allErrors: true, strict: false });
  assert.equal(fs.readdirSync(K8S).sort(), Object.keys(schemas).sort());
  for (const [file, schema] of Object.entries(schemas)) {
    const doc = YAML.parse(render(file)) as object;
    const validate = ajv.compile(schema);
    assert.ok(validate(doc), `${file}: ${JSON.stringify(validate.errors)}`);
  }
  // The Job pins its pod to the node by name; the DaemonSet selects its own pods.
  const job = YAML.parse(render('job.yaml')) as { spec: { template: { spec: { nodeName: string } } } };
  assert.is(job.spec.template.spec.nodeName, 'worker-1');
  const ds = YAML.parse(render('daemonset.yaml')) as { spec: { selector: { matchLabels: object }; template: { metadata: { labels: Record<string, string> } } } };
  for (const [k, v] of Object.entries(ds.spec.selector.matchLabels)) assert.is(ds.spec.template.metadata.labels[k], v);
});

test('kubectl apply --dry-run=client accepts them against the fake API server', async () => {
  const kc = api.writeKubeconfig(path.join(base, 'kubeconfig'));
  const dir = path.join(base, 'rendered');
  fs.mkdirSync(dir);
  for (const f of Object.keys(schemas)) fs.writeFileSync(path.join(dir, f), render(f));
  const r = await run(['kubectl'], 'apply', ['--dry-run=client', '--validate=false', '-f', dir, '--kubeconfig', kc, '--cache-dir', path.join(base, 'cache')], { HOME: base });
  assert.is(r.code, 0, r.stderr);
  assert.equal(r.stdout.toString().trim().split('\n').sort(), [
    'daemonset.apps/kubecis-collect created (dry run)', 'job.batch/kubecis-collect-1 created (dry run)', 'namespace/kubecis created (dry run)',
  ]);
});

test.run();
