// Encryption at rest: which provider the API server's EncryptionConfiguration uses to write Secrets.
import type { Loc, Resource } from '../model/types.js';
import { Field, isPlainObject } from './field.js';

/** Provider keys an EncryptionConfiguration entry may carry. */
export const PROVIDER_TYPES = ['aescbc', 'aesgcm', 'secretbox', 'kms', 'identity'] as const;

export interface SecretsProvider {
  /** What the config does for Secrets. */
  readonly kind: 'provider' | 'no-entry' | 'no-providers' | 'not-encryption-config';
  /** Provider type of the first provider of the entry that covers Secrets (`kms` for both KMS versions). */
  readonly type?: string;
  /** `v1` or `v2` for kms (v1 when apiVersion is absent). */
  readonly kmsVersion?: string;
  /** The resources name that matched Secrets: `secrets`, `*.` or `*.*`. */
  readonly matchedBy?: string;
  /** Index of the matching `resources` entry. */
  readonly entry?: number;
  readonly loc: Loc;
}

/** Names in `resources[].resources` that cover core-group Secrets; the first entry naming one of them wins. */
function coversSecrets(name: string): boolean {
  return name === 'secrets' || name === '*.' || name === '*.*';
}

function locOf(f: Field): Loc {
  const { exact: _e, ...loc } = f.loc;
  return loc;
}

/** The provider that encrypts newly written Secrets: the first provider of the first entry covering them. */
export function secretsProvider(doc: Resource): SecretsProvider {
  const root = Field.of(doc);
  if (doc.kind !== 'EncryptionConfiguration' && doc.kind !== 'EncryptionConfig') {
    return { kind: 'not-encryption-config', loc: locOf(root.get('kind')) };
  }
  const entries = root.get('resources').items();
  for (const [i, entry] of entries.entries()) {
    const names = entry.get('resources').items();
    const match = names.find((n) => typeof n.value === 'string' && coversSecrets(n.value));
    if (!match) continue;
    const providers = entry.get('providers').items();
    const first = providers[0];
    if (!first || !isPlainObject(first.value)) {
      return { kind: 'no-providers', matchedBy: String(match.value), entry: i, loc: locOf(entry.get('providers').exists ? entry.get('providers') : match) };
    }
    const type = Object.keys(first.value).find((k) => (PROVIDER_TYPES as readonly string[]).includes(k)) ?? Object.keys(first.value)[0] ?? '';
    const kmsVersion = type === 'kms' ? (first.get('kms', 'apiVersion').str() ?? 'v1') : undefined;
    return {
      kind: 'provider',
      type,
      ...(kmsVersion ? { kmsVersion } : {}),
      matchedBy: String(match.value),
      entry: i,
      loc: locOf(first.get(type)),
    };
  }
  return { kind: 'no-entry', loc: locOf(root.get('resources').exists ? root.get('resources') : root.get('kind')) };
}
