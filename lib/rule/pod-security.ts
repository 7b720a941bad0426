// Readings shared by the pod security (5.2) rules: capability names, host namespace flags, where a setting came from.
import type { Resource } from '../model/types.js';
import { pass, fail } from './define.js';
import { Field } from './field.js';
import type { Verdict } from './types.js';
import { containersOf, podSpecOf, type ContainerView } from './workload.js';

/** One entry of `capabilities.add` or `capabilities.drop`, normalised the way container runtimes read it. */
export interface CapabilityEntry {
  /** Upper case, without a `CAP_` prefix: `NET_RAW`, `ALL`. */
  readonly name: string;
  /** The entry as written. */
  readonly raw: string;
  /**
   * Written with a `CAP_` prefix. containerd upper-cases each name and prefixes `CAP_` itself, so a prefixed drop
   * entry removes nothing there; rules treat a prefixed add as adding (the conservative reading) and do not credit
   * a prefixed drop.
   */
  readonly prefixed: boolean;
  readonly field: Field;
}

/** The string entries of a container's `securityContext.capabilities.add` or `.drop`. */
export function capabilities(c: ContainerView, list: 'add' | 'drop'): CapabilityEntry[] {
  const out: CapabilityEntry[] = [];
  for (const f of c.sc('capabilities', list).items()) {
    const raw = f.str();
    if (raw === undefined) continue;
    const upper = raw.trim().toUpperCase();
    const prefixed = upper.startsWith('CAP_');
    out.push({ name: prefixed ? upper.slice(4) : upper, raw, prefixed, field: f });
  }
  return out;
}

/** Whether the drop list really removes `name` (or everything): `ALL` in any case, or the bare name. */
export function drops(c: ContainerView, name: string): boolean {
  return capabilities(c, 'drop').some((e) => e.name === 'ALL' || (e.name === name && !e.prefixed));
}

/** Pods that declare `spec.os.name: windows`: Linux-only settings (capabilities, privilege escalation) do not apply. */
export function isWindowsPod(workload: Resource): boolean {
  return podSpecOf(workload).get('os', 'name').value === 'windows';
}

/** `init container "migrate"`, `container "web"`, `ephemeral container "debugger"`. */
export function describeContainer(c: ContainerView): string {
  const kind = c.kind === 'initContainer' ? 'init container' : c.kind === 'ephemeralContainer' ? 'ephemeral container' : 'container';
  return `${kind} "${c.name}"`;
}

/** Where an effective setting was read from, for messages. */
export function levelOf(c: ContainerView, ...path: string[]): 'container' | 'pod' {
  return c.sc(...path).exists ? 'container' : 'pod';
}

/** A container that breaks a rule: where to point, and what to say about it. */
export interface Offender {
  readonly container: ContainerView;
  readonly at: Field;
  readonly detail: string;
}

/** One fail verdict for all offenders, located at the first: `<lead>: container "a" (detail), container "b" (detail)`. */
export function failOffenders(lead: string, offenders: readonly Offender[]): Verdict {
  const parts = offenders.map((o) => `${describeContainer(o.container)} (${o.detail})`);
  return fail(offenders[0].at, `${lead}: ${parts.join(', ')}`);
}

export type HostNamespace = 'hostPID' | 'hostIPC' | 'hostNetwork';

/** Verdict for a pod-level host namespace switch: fail at the field when it is true. */
export function hostNamespaceVerdict(workload: Resource, setting: HostNamespace, what: string): Verdict {
  const field = podSpecOf(workload).get(setting);
  if (field.value !== true) return pass(workload.loc, field.exists ? `${setting} is ${JSON.stringify(field.value)}` : `${setting} is not set`);
  const names = containersOf(workload).map(describeContainer);
  const who = names.length ? names.join(', ') : 'the pod';
  return fail(field, `${setting} is true: ${who} ${names.length === 1 || !names.length ? 'shares' : 'share'} the node's ${what}`);
}
