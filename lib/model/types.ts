// The analyzer's data model: what the loader produces and what rules read. Everything here is frozen after loading.

/** A path into a parsed document: object keys and array indexes, e.g. ['spec', 'containers', 0, 'image']. */
export type FieldPath = readonly (string | number)[];

/** A place in an input file. Lines and columns are 1-based. */
export interface Loc {
  /** Display path: relative to the scanned root, or `archive.tgz!member/path` for archive members, `-` for stdin. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** Helm's `# Source: chart/templates/x.yaml` of the document, when the input is rendered Helm output. */
  readonly helmSource?: string;
}

/** A load or parse problem; loading carries on with the next document or file. */
export interface LoadError {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** A Kubernetes object read from an input, with lazy access to the source position of any of its fields. */
export interface Resource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** The object as plain, deep-frozen JSON data. */
  readonly obj: Readonly<Record<string, unknown>>;
  /** Where the object starts (its first key). */
  readonly loc: Loc;
  /** Display path of the file it came from. */
  readonly file: string;
  /** Index of the YAML document in its file (0-based); List items share their document. */
  readonly docIndex: number;
  /** Index within a `kind: List` document, when it came from one. */
  readonly listIndex?: number;
  /** Cluster the resource belongs to, when known (from a bundle). */
  readonly cluster?: string;
  /**
   * Position of the field at `path` (relative to the object). When the field is absent, the position of its
   * nearest existing ancestor, with `exact: false`.
   */
  locate(path: FieldPath): Loc & { readonly exact: boolean };
  /**
   * Let go of what `locate` built to answer (a syntax tree of the object's text); `locate` still works after, at
   * the cost of building it again. The engine calls it once a resource's findings are all placed.
   */
  forgetPositions?(): void;
}

/** Mode, owner and type of a file or folder on a node, as collected. */
export interface FileStat {
  /** Absolute path on the node. */
  readonly path: string;
  readonly exists: boolean;
  readonly type?: 'file' | 'dir' | 'link' | 'other';
  /** Permission bits, e.g. 0o600. */
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
  /** Owner and group names from the node's own account database, when known. */
  readonly user?: string;
  readonly group?: string;
  /** The path with every symbolic link resolved, when it differs (the target has its own entry). */
  readonly realpath?: string;
  /** Where the stat entry is recorded (the bundle member and line). */
  readonly loc: Loc;
}

/** One command-line argument as given, with where it was read. */
export interface Flag {
  /** Name without leading dashes, e.g. `authorization-mode`. */
  readonly name: string;
  /** Value; `undefined` for a boolean flag given without a value. */
  readonly value?: string;
  readonly loc: Loc;
}

export type ComponentName =
  | 'apiserver'
  | 'controllermanager'
  | 'scheduler'
  | 'etcd'
  | 'kubelet'
  | 'proxy';

/** A Kubernetes component found on a node. */
export interface Component {
  readonly name: ComponentName;
  /** Effective command line: the running process when collected, else the static pod manifest. */
  readonly flags: readonly Flag[];
  /** Where the effective command line came from. */
  readonly source: 'process' | 'manifest' | 'configz';
  /** Environment variables that matter to checks (e.g. ETCD_*), values of non-secret settings only. */
  readonly env?: Readonly<Record<string, { value: string; loc: Loc }>>;
  /** Static pod manifest of the component, when there is one. */
  readonly manifest?: Resource;
  /** Component version (e.g. `v1.31.2`), when known. */
  readonly version?: string;
  /** Disagreements between the running process and the manifest, as messages. */
  readonly drift?: readonly string[];
}

/** A config file collected from a node (kubelet config, audit policy, encryption config, kube-proxy config…). */
export interface ConfigFile {
  /** Absolute path on the node. */
  readonly path: string;
  /** Parsed content with positions; absent when it could not be parsed (see snapshot errors). */
  readonly doc?: Resource;
  /** Raw text, for formats that are not YAML/JSON (e.g. kubeadm flags env files). Never secret material. */
  readonly text?: string;
  readonly loc: Loc;
}

export type NodeRole = 'control-plane' | 'worker';

/** Everything known about one node, from its node bundle and/or the cluster bundle. */
export interface NodeFacts {
  readonly name: string;
  readonly cluster?: string;
  readonly roles: readonly NodeRole[];
  /** `node-bundle` when a node bundle was collected; `api` when known only through the cluster API (configz, Node object). */
  readonly evidence: 'node-bundle' | 'api';
  /** How the node bundle was collected. */
  readonly collectedFrom?: 'host' | 'pod';
  readonly components: Readonly<Partial<Record<ComponentName, Component>>>;
  /** Config files by absolute node path. */
  readonly configFiles: ReadonlyMap<string, ConfigFile>;
  /** File stats by absolute node path; a path absent from the map was not collected. */
  readonly files: ReadonlyMap<string, FileStat>;
  /** The kubelet's effective configuration as reported by its configz endpoint (cluster bundle), if collected. */
  readonly kubeletConfigz?: Resource;
  /** The Node object, if the cluster dump has it. */
  readonly nodeObject?: Resource;
  /** Kubernetes version of this node (kubelet version, else the cluster's server version). */
  readonly kubernetesVersion?: string;
  /** Bundle file it came from (display path). */
  readonly bundle?: string;
}

/** What a bundle says about itself (bundle.json), as loaded. */
export interface BundleInfo {
  readonly file: string;
  readonly mode: 'node' | 'cluster';
  readonly formatVersion: number;
  readonly collectorVersion?: string;
  readonly cluster?: string;
  readonly serverVersion?: string;
  readonly node?: string;
  readonly collectedFrom?: 'host' | 'pod';
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly warnings: readonly string[];
}

/** The frozen view of everything that was read: the only thing rules see. */
export interface Snapshot {
  readonly resources: readonly Resource[];
  readonly nodes: readonly NodeFacts[];
  readonly bundles: readonly BundleInfo[];
  readonly errors: readonly LoadError[];
  /** Cluster server version (e.g. `v1.31.2`) when a bundle says it. */
  readonly serverVersion?: string;
  readonly clusterName?: string;
}
