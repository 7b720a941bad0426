// Field: a value inside a resource together with its path and (lazily computed) source position.
import type { FieldPath, Loc, Resource } from '../model/types.js';

export class Field {
  private cachedLoc?: Loc & { exact: boolean };
  private cachedPath?: FieldPath;

  /**
   * @param path the path from the resource root; or, for a field reached from another (`parent` and `keys`),
   * undefined: rules create many fields and use few paths, so a child records its parent and keys and builds its
   * path only when asked.
   */
  constructor(
    readonly resource: Resource,
    path: FieldPath | undefined,
    readonly value: unknown,
    private readonly parent?: Field,
    private readonly keys?: readonly (string | number)[],
  ) {
    this.cachedPath = path;
  }

  /** Field at `root` of a resource (the whole object when no path is given). */
  static of(resource: Resource, ...path: (string | number)[]): Field {
    return new Field(resource, [], resource.obj).get(...path);
  }

  get path(): FieldPath {
    if (!this.cachedPath) this.cachedPath = [...this.parent!.path, ...this.keys!];
    return this.cachedPath;
  }

  get exists(): boolean {
    return this.value !== undefined && this.value !== null;
  }

  /** Source position of this field, or of its nearest existing ancestor when it is absent. */
  get loc(): Loc & { exact: boolean } {
    if (!this.cachedLoc) this.cachedLoc = this.resource.locate(this.path);
    return this.cachedLoc;
  }

  /** Stable dotted path, with list elements named by their `name` when they have one: `spec.containers[name=web].image`. */
  get fieldPath(): string {
    return formatFieldPath(this.resource.obj, this.path);
  }

  get(...path: (string | number)[]): Field {
    if (path.length === 0) return this;
    let value: unknown = this.value;
    for (let i = 0; i < path.length; i++) {
      const key = path[i];
      if (value === null || value === undefined || typeof value !== 'object') {
        value = undefined;
      } else if (Array.isArray(value)) {
        value = typeof key === 'number' ? value[key] : undefined;
      } else {
        value = ownValue(value as Record<string, unknown>, key);
      }
    }
    return new Field(this.resource, undefined, value, this, path);
  }

  /** Elements of an array field (empty when absent or not an array). */
  items(): Field[] {
    if (!Array.isArray(this.value)) return [];
    return this.value.map((v, i) => new Field(this.resource, undefined, v, this, [i]));
  }

  /** Entries of a map field (empty when absent or not a map). */
  entries(): [string, Field][] {
    if (!isPlainObject(this.value)) return [];
    return Object.keys(this.value).map((k) => [k, this.get(k)]);
  }

  /** The value as a string, or undefined. */
  str(): string | undefined {
    return typeof this.value === 'string' ? this.value : undefined;
  }
}

/**
 * `o[key]` when it is o's own property, else undefined. Parsed data holds no functions, so a function (or
 * `__proto__`'s prototype object) can only come from Object.prototype: only then is ownership checked, which
 * spares a second lookup on every other read.
 */
function ownValue(o: Record<string, unknown>, key: string | number): unknown {
  const v = o[key as string];
  if (typeof v === 'function' || key === '__proto__') return Object.prototype.hasOwnProperty.call(o, key) ? v : undefined;
  return v;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function formatFieldPath(root: unknown, path: FieldPath): string {
  let out = '';
  let cur: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') {
      const el = Array.isArray(cur) ? cur[key] : undefined;
      const name = isPlainObject(el) && typeof el.name === 'string' ? el.name : undefined;
      out += name !== undefined ? `[name=${name}]` : `[${key}]`;
      cur = el;
    } else {
      out += out === '' ? key : `.${key}`;
      cur = isPlainObject(cur) ? cur[key] : undefined;
    }
  }
  return out;
}
