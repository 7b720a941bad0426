// Plays the job controller, DaemonSet controller and kubelet for the fake API server: when a collector Job or
// DaemonSet is created, runs its container's command for real on the fixture node it targets, with the pod's
// volume mounts mapped to host folders (hostPath / -> the node root, the ConfigMap -> a folder with its files,
// hostPID -> the node's fixture /proc), then publishes the pod, its log and the Job's status.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FakeApiServer, KObject } from '../helpers/fake-apiserver.js';
import type { NodeFixture } from '../fixtures/roots/build.js';

interface Container {
  command?: string[];
  args?: string[];
  env?: { name: string; value?: string; valueFrom?: { fieldRef?: { fieldPath: string } } }[];
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodSpec {
  containers: Container[];
  volumes?: { name: string; hostPath?: { path: string }; configMap?: { name: string }; emptyDir?: object }[];
  hostPID?: boolean;
  nodeName?: string;
}
interface Template {
  metadata?: { labels?: Record<string, string> };
  spec: PodSpec;
}

export interface Emulator {
  readonly onCreate: (obj: KObject, api: FakeApiServer) => void;
  /** Every pod run so far has finished. */
  settled(): Promise<void>;
  /** Objects created through the API, in order (for assertions on what the script sent). */
  readonly created: KObject[];
}

export function kubeletEmulator(nodes: Readonly<Record<string, NodeFixture>>, scratch: string): Emulator {
  const running: Promise<void>[] = [];
  const created: KObject[] = [];
  let seq = 0;

  function runPod(api: FakeApiServer, owner: KObject, template: Template, nodeName: string, phaseWhenExited: 'Succeeded' | 'Running'): Promise<void> {
    const node = nodes[nodeName];
    const ns = owner.metadata.namespace!;
    const podName = `${owner.metadata.name}-${(++seq).toString(36).padStart(5, 'x')}`;
    const spec = template.spec;
    const c = spec.containers[0];
    const dir = path.join(scratch, podName);
    fs.mkdirSync(dir, { recursive: true });

    const env: Record<string, string> = { PATH: `${dir}/bin:${process.env.PATH ?? ''}` };
    for (const e of c.env ?? []) {
      env[e.name] = e.value ?? (e.valueFrom?.fieldRef?.fieldPath === 'spec.nodeName' ? nodeName : '');
    }
    // The pod "runs forever" after collecting (DaemonSet): its sleep returns at once here.
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.writeFileSync(path.join(dir, 'bin', 'sleep'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });

    const mounts: [string, string][] = [];
    for (const vm of c.volumeMounts ?? []) {
      const v = (spec.volumes ?? []).find((x) => x.name === vm.name);
      if (!v) throw new Error(`volume ${vm.name} not declared`);
      if (v.hostPath) {
        if (v.hostPath.path !== '/') throw new Error(`emulator maps only hostPath /, got ${v.hostPath.path}`);
        mounts.push([vm.mountPath, node.root]);
      } else if (v.configMap) {
        const cm = api.get('v1', 'ConfigMap', v.configMap.name, ns);
        if (!cm) throw new Error(`ConfigMap ${v.configMap.name} missing when the pod starts`);
        const d = path.join(dir, `cm-${vm.name}`);
        fs.mkdirSync(d);
        for (const [k, val] of Object.entries((cm as { data?: Record<string, string> }).data ?? {})) fs.writeFileSync(path.join(d, k), val);
        mounts.push([vm.mountPath, d]);
      } else if (v.emptyDir) {
        const d = path.join(dir, `empty-${vm.name}`);
        fs.mkdirSync(d);
        mounts.push([vm.mountPath, d]);
      }
    }
    if (spec.hostPID) mounts.push(['/proc', node.proc]);
    mounts.sort((a, b) => b[0].length - a[0].length);
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // One pass, longest mount first, so a host folder that was put in is never mapped again.
    const re = new RegExp(`(^|[\\s"'=])(${mounts.map(([m]) => esc(m)).join('|')})(?=[/\\s"']|$)`, 'g');
    const mapPaths = (s: string) => s.replace(re, (_all, pre: string, m: string) => pre + mounts.find(([x]) => x === m)![1]);
    for (const e of c.env ?? []) env[e.name] = mapPaths(env[e.name]);
    const argv = [...(c.command ?? []), ...(c.args ?? [])].map((a) => a.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, n: string) => env[n] ?? m)).map(mapPaths);
    if (argv[0] === '/bin/sh') argv[0] = 'dash';

    return new Promise<void>((resolve) => {
      execFile(argv[0], argv.slice(1), { env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
        const failed = !!err && phaseWhenExited === 'Succeeded';
        api.put({
          apiVersion: 'v1', kind: 'Pod',
          metadata: {
            name: podName, namespace: ns, labels: { ...(template.metadata?.labels ?? {}) },
            ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true }],
          },
          spec: { ...spec, nodeName },
          status: { phase: failed ? 'Failed' : phaseWhenExited },
        });
        // kubectl logs shows stdout and stderr of the container together.
        api.setLog(ns, podName, stderr + stdout);
        if (owner.kind === 'Job') {
          const job = api.get('batch/v1', 'Job', owner.metadata.name, ns);
          if (job) api.put({ ...job, status: failed ? { failed: 1 } : { succeeded: 1 } });
        }
        resolve();
      });
    });
  }

  return {
    created,
    onCreate(obj, api) {
      created.push(obj);
      if (obj.kind === 'Job') {
        const t = (obj as unknown as { spec: { template: Template } }).spec.template;
        running.push(runPod(api, obj, t, t.spec.nodeName!, 'Succeeded'));
      } else if (obj.kind === 'DaemonSet') {
        const t = (obj as unknown as { spec: { template: Template } }).spec.template;
        for (const n of api.list('v1', 'Node')) if (nodes[n.metadata.name]) running.push(runPod(api, obj, t, n.metadata.name, 'Running'));
      }
    },
    async settled() {
      await Promise.all(running);
    },
  };
}
