// Command-line flags of node components as Go's flag parsing sees them: the last occurrence of a flag wins,
// `--flag` alone means true for booleans, and list flags are comma-separated.
import type { Component, ComponentName, Flag, Loc, NodeFacts } from '../model/types.js';

export interface FlagValue {
  /** The effective raw value ('true' for a boolean flag given without a value). */
  readonly value: string;
  /** The occurrence that decided it. */
  readonly flag: Flag;
  readonly loc: Loc;
}

/** The component of a node, if it runs there. */
export function componentOf(node: NodeFacts, name: ComponentName): Component | undefined {
  return node.components[name];
}

/** The effective value of `--name` (last occurrence wins), or undefined when not given. */
export function flagValue(component: Component, name: string): FlagValue | undefined {
  let found: Flag | undefined;
  for (const f of component.flags) if (f.name === name) found = f;
  if (!found) return undefined;
  return { value: found.value ?? 'true', flag: found, loc: found.loc };
}

/** Every occurrence of `--name`, in order (for flags that may repeat and accumulate). */
export function flagOccurrences(component: Component, name: string): readonly Flag[] {
  return component.flags.filter((f) => f.name === name);
}

/** A comma-separated list flag split into trimmed, non-empty items (e.g. --enable-admission-plugins). */
export function flagList(component: Component, name: string): { items: string[]; value: FlagValue } | undefined {
  const v = flagValue(component, name);
  if (!v) return undefined;
  return { items: v.value.split(',').map((s) => s.trim()).filter(Boolean), value: v };
}

/** Go's strconv.ParseBool, which flag parsing uses: 1, t, T, TRUE, true, True / 0, f, F, FALSE, false, False. */
export function parseGoBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

/** `--feature-gates=A=true,B=false` -> Map { A => true, B => false } (later entries win). */
export function featureGates(component: Component, flagName = 'feature-gates'): Map<string, { enabled: boolean; loc: Loc }> {
  const out = new Map<string, { enabled: boolean; loc: Loc }>();
  for (const f of flagOccurrences(component, flagName)) {
    for (const part of (f.value ?? '').split(',')) {
      const [k, v] = part.split('=').map((s) => s.trim());
      const b = v === undefined ? undefined : parseGoBool(v);
      if (k && b !== undefined) out.set(k, { enabled: b, loc: f.loc });
    }
  }
  return out;
}
