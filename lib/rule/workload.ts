// Pod templates of workloads, their containers, and container security settings merged as Kubernetes does.
import type { Resource } from '../model/types.js';
import { memoWeak } from '../memo.js';
import { Field } from './field.js';

/** Path to the pod spec for each workload kind. */
const POD_SPEC_PATH: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Path to the pod template metadata (labels, annotations) for each workload kind. */
const POD_META_PATH: Readonly<Record<string, readonly string[]>> = {
  Pod: ['metadata'],
  Deployment: ['spec', 'template', 'metadata'],
  ReplicaSet: ['spec', 'template', 'metadata'],
  StatefulSet: ['spec', 'template', 'metadata'],
  DaemonSet: ['spec', 'template', 'metadata'],
  Job: ['spec', 'template', 'metadata'],
  ReplicationController: ['spec', 'template', 'metadata'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
};

export function isWorkload(r: Resource): boolean {
  return r.kind in POD_SPEC_PATH;
}

// Resources are frozen and Fields immutable, so every rule that reads a workload's pod spec or containers shares one
// reading of them instead of walking the object again (a dozen pod security rules each look at every container).

/** The pod spec of a workload (absent Field for other kinds). */
export const podSpecOf: (r: Resource) => Field = memoWeak((r) => {
  const path = POD_SPEC_PATH[r.kind];
  return path ? Field.of(r, ...path) : new Field(r, ['spec'], undefined);
});

/** The pod template metadata of a workload. */
export function podMetaOf(r: Resource): Field {
  const path = POD_META_PATH[r.kind];
  return path ? Field.of(r, ...path) : Field.of(r, 'metadata');
}

export type ContainerKind = 'container' | 'initContainer' | 'ephemeralContainer';

export interface ContainerView {
  readonly name: string;
  readonly kind: ContainerKind;
  /** The container object. */
  readonly field: Field;
  /** The pod spec it belongs to. */
  readonly pod: Field;
  /** A field of the container's own securityContext. */
  sc(...path: string[]): Field;
  /**
   * A securityContext setting as Kubernetes applies it: the container's value when set, else the pod-level
   * value (only for settings that exist at both levels: runAsUser, runAsGroup, runAsNonRoot, seLinuxOptions,
   * seccompProfile, windowsOptions, appArmorProfile).
   */
  effective(setting: PodLevelSetting, ...sub: string[]): Field;
}

export type PodLevelSetting =
  | 'runAsUser'
  | 'runAsGroup'
  | 'runAsNonRoot'
  | 'seLinuxOptions'
  | 'seccompProfile'
  | 'windowsOptions'
  | 'appArmorProfile';

const LISTS: readonly [string, ContainerKind][] = [
  ['initContainers', 'initContainer'],
  ['containers', 'container'],
  ['ephemeralContainers', 'ephemeralContainer'],
];

/** Every container of a workload's pod spec: init containers, containers, then ephemeral containers. */
export const containersOf: (r: Resource) => readonly ContainerView[] = memoWeak((r) => Object.freeze(readContainers(r)));

function readContainers(r: Resource): ContainerView[] {
  const pod = podSpecOf(r);
  const podSc = pod.get('securityContext');
  const out: ContainerView[] = [];
  for (const [list, kind] of LISTS) {
    for (const c of pod.get(list).items()) {
      const nameField = c.get('name');
      const name = typeof nameField.value === 'string' ? nameField.value : `#${c.path[c.path.length - 1]}`;
      // The container's securityContext is read by most pod security rules: one Field for it, shared.
      const sc = c.get('securityContext');
      out.push({
        name,
        kind,
        field: c,
        pod,
        sc: (...path) => sc.get(...path),
        effective(setting, ...sub) {
          // windowsOptions merges field by field; the other settings replace the pod-level struct whole.
          const own = setting === 'windowsOptions' ? sc.get(setting, ...sub) : sc.get(setting);
          if (own.exists) return setting === 'windowsOptions' ? own : own.get(...sub);
          return podSc.get(setting, ...sub);
        },
      });
    }
  }
  return out;
}

/** `"a", "b"` for messages. */
export function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}
