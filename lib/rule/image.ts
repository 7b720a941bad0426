// Container image references as the container runtime resolves them (registry, repository, tag, digest), tag
// mutability, the default imagePullPolicy, and registry allow-lists.
import type { Resource } from '../model/types.js';
import type { Field } from './field.js';
import { containersOf, type ContainerView } from './workload.js';

export interface ImageRef {
  /** As written. */
  readonly raw: string;
  /** Registry host (and port), `docker.io` when the reference names none. */
  readonly registry: string;
  /** Repository path inside the registry (`library/nginx` for the Docker Hub shorthand `nginx`). */
  readonly repository: string;
  readonly tag?: string;
  /** `sha256:…` when the reference pins a digest. */
  readonly digest?: string;
}

/**
 * Parse an image reference the way the runtime's reference parser does: the first path component is a registry
 * when it contains a dot or a colon or is `localhost`, else the image is on Docker Hub; a tag follows the last
 * colon of the last component; a digest follows `@`. Returns undefined for an empty or malformed reference.
 */
export function parseImageRef(raw: string): ImageRef | undefined {
  const ref = raw.trim();
  if (ref === '' || /\s/.test(ref)) return undefined;
  const at = ref.indexOf('@');
  const name = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  if (digest !== undefined && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/.test(digest)) return undefined;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > slash ? name.slice(colon + 1) : undefined;
  const path = colon > slash ? name.slice(0, colon) : name;
  if (path === '' || (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag))) return undefined;
  const parts = path.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) registry = parts.shift()!.toLowerCase();
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  if (parts.some((p) => p === '')) return undefined;
  const repository = registry === 'docker.io' && parts.length === 1 ? `library/${parts[0]}` : parts.join('/');
  return { raw, registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/**
 * A tag that names a release precisely enough to be treated as fixed: a full version (`1.25.3`, `v2.1.0-alpine`,
 * `2024.01.15`), with at least three numeric parts. Anything else (`latest`, `stable`, `1`, `1.25`, `main`, a missing
 * tag) is a moving tag that its publisher re-points.
 */
export function isMovingTag(tag: string | undefined): boolean {
  if (tag === undefined) return true;
  return !/^v?\d+\.\d+\.\d+(?:[-+._][\w.-]*)?$/.test(tag);
}

/** imagePullPolicy as the API server defaults it: Always for `:latest` or no tag (without digest), else IfNotPresent. */
export function effectivePullPolicy(c: ContainerView, ref: ImageRef | undefined): { policy: string; field: Field; defaulted: boolean } {
  const field = c.field.get('imagePullPolicy');
  if (typeof field.value === 'string' && field.value !== '') return { policy: field.value, field, defaulted: false };
  const always = ref !== undefined && ref.digest === undefined && (ref.tag === undefined || ref.tag === 'latest');
  return { policy: always ? 'Always' : 'IfNotPresent', field, defaulted: true };
}

export interface ContainerImage {
  readonly container: ContainerView;
  /** The `image` field. */
  readonly field: Field;
  /** Undefined when the value is missing or not a valid reference. */
  readonly ref?: ImageRef;
}

/** Every container's image (init, regular and ephemeral containers). */
export function imagesOf(workload: Resource): ContainerImage[] {
  return containersOf(workload).map((container) => {
    const field = container.field.get('image');
    const raw = field.str();
    const ref = raw !== undefined ? parseImageRef(raw) : undefined;
    return { container, field, ...(ref ? { ref } : {}) };
  });
}

/**
 * Whether an image's registry is on an allow-list. An entry is a registry host (`registry.example.com`, matched
 * exactly, case-insensitive), a host with a repository prefix (`registry.example.com/platform`, matched at a path
 * boundary), or a wildcard subdomain (`*.example.com`). `docker.io` stands for Docker Hub images written without one.
 */
export function registryAllowed(ref: ImageRef, allowList: readonly string[]): boolean {
  const full = `${ref.registry}/${ref.repository}`;
  return allowList.some((raw) => {
    const entry = raw.trim().toLowerCase().replace(/\/+$/, '');
    if (entry.startsWith('*.')) return ref.registry.endsWith(entry.slice(1));
    if (entry.includes('/')) return full === entry || full.startsWith(`${entry}/`);
    return ref.registry === entry;
  });
}

/** The allow-list from the scan options (`allowedRegistries`), or undefined when none was configured. */
export function allowListOf(options: Readonly<Record<string, unknown>>): readonly string[] | undefined {
  const v = options.allowedRegistries;
  if (!Array.isArray(v)) return undefined;
  const list = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  return list.length ? list : undefined;
}
