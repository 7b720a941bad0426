// The previous scan's report, as rules read it from the scan options (`options.baseline`, set by --baseline): only
// the result fields rules compare, checked loosely so a foreign or truncated file is ignored rather than trusted.
import { isPlainObject } from './field.js';

export interface BaselineResult {
  readonly ruleId: string;
  readonly status: string;
  readonly target: { readonly kind: string; readonly namespace?: string; readonly name: string; readonly node?: string; readonly cluster?: string };
  readonly message: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The baseline's results, or undefined when the scan has no baseline (or it is not a kubecis report). */
export function baselineResults(options: Readonly<Record<string, unknown>>): readonly BaselineResult[] | undefined {
  const b = options.baseline;
  if (!isPlainObject(b) || !Array.isArray(b.results)) return undefined;
  const out: BaselineResult[] = [];
  for (const r of b.results) {
    if (!isPlainObject(r) || !isPlainObject(r.target)) continue;
    const ruleId = str(r.ruleId);
    const status = str(r.status);
    const kind = str(r.target.kind);
    const name = str(r.target.name);
    if (!ruleId || !status || !kind || name === undefined) continue;
    out.push({
      ruleId,
      status,
      target: {
        kind,
        name,
        ...(str(r.target.namespace) !== undefined ? { namespace: str(r.target.namespace) } : {}),
        ...(str(r.target.node) !== undefined ? { node: str(r.target.node) } : {}),
        ...(str(r.target.cluster) !== undefined ? { cluster: str(r.target.cluster) } : {}),
      },
      message: str(r.message) ?? '',
    });
  }
  return out;
}

/** Identity of a target across scans: kind, namespace, name and cluster. */
export function targetKey(t: { kind: string; namespace?: string; name: string; cluster?: string }): string {
  return [t.kind, t.namespace ?? '', t.name, t.cluster ?? ''].join('\u0000');
}
