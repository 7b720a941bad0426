// NetworkPolicy semantics shared by rules: label selectors, the directions a policy isolates, allow-all rules.
import type { Resource } from '../model/types.js';
import { Field, isPlainObject } from './field.js';

export type Direction = 'ingress' | 'egress';
export const DIRECTIONS: readonly Direction[] = ['ingress', 'egress'];

/**
 * Whether a metav1.LabelSelector matches a set of labels. An empty selector matches everything; an absent one
 * (null/undefined) is treated as empty, which is what NetworkPolicy's podSelector means. A malformed selector
 * (unknown operator, values of the wrong type) matches nothing, as the API server would have rejected it.
 */
export function selectorMatches(selector: unknown, labels: Readonly<Record<string, string>>): boolean {
  if (selector === undefined || selector === null) return true;
  if (!isPlainObject(selector)) return false;
  const { matchLabels, matchExpressions } = selector;
  if (matchLabels !== undefined && matchLabels !== null) {
    if (!isPlainObject(matchLabels)) return false;
    for (const [k, v] of Object.entries(matchLabels)) {
      if (!Object.prototype.hasOwnProperty.call(labels, k) || labels[k] !== String(v)) return false;
    }
  }
  if (matchExpressions !== undefined && matchExpressions !== null) {
    if (!Array.isArray(matchExpressions)) return false;
    for (const e of matchExpressions) {
      if (!isPlainObject(e) || typeof e.key !== 'string') return false;
      const has = Object.prototype.hasOwnProperty.call(labels, e.key);
      const values = Array.isArray(e.values) ? e.values.map(String) : [];
      switch (e.operator) {
        case 'In':
          if (!has || !values.includes(labels[e.key])) return false;
          break;
        case 'NotIn':
          if (has && values.includes(labels[e.key])) return false;
          break;
        case 'Exists':
          if (!has) return false;
          break;
        case 'DoesNotExist':
          if (has) return false;
          break;
        default:
          return false;
      }
    }
  }
  return true;
}

/** Whether a selector is empty (selects every pod of the namespace). */
export function isEmptySelector(selector: unknown): boolean {
  if (selector === undefined || selector === null) return true;
  if (!isPlainObject(selector)) return false;
  const ml = selector.matchLabels;
  const me = selector.matchExpressions;
  return (ml === undefined || ml === null || (isPlainObject(ml) && Object.keys(ml).length === 0)) &&
    (me === undefined || me === null || (Array.isArray(me) && me.length === 0));
}

/**
 * The directions a NetworkPolicy isolates, as the API server defaults them: spec.policyTypes when non-empty; else
 * Ingress always, plus Egress when spec.egress has at least one rule.
 */
export function policyDirections(policy: Resource): Set<Direction> {
  const spec = Field.of(policy, 'spec');
  const types = spec.get('policyTypes').value;
  const out = new Set<Direction>();
  if (Array.isArray(types) && types.length > 0) {
    if (types.includes('Ingress')) out.add('ingress');
    if (types.includes('Egress')) out.add('egress');
    return out;
  }
  out.add('ingress');
  const egress = spec.get('egress').value;
  if (Array.isArray(egress) && egress.length > 0) out.add('egress');
  return out;
}

/**
 * The first rule of a direction that allows all traffic: no peers (from/to absent or empty) and no ports. Such a rule
 * cancels the isolation of every pod the policy selects, because NetworkPolicies add up.
 */
export function allowAllRule(policy: Resource, direction: Direction): Field | undefined {
  const peers = direction === 'ingress' ? 'from' : 'to';
  for (const rule of Field.of(policy, 'spec', direction).items()) {
    if (!isPlainObject(rule.value) && rule.value !== null) continue;
    const p = rule.get(peers).value;
    const ports = rule.get('ports').value;
    const noPeers = p === undefined || p === null || (Array.isArray(p) && p.length === 0);
    const noPorts = ports === undefined || ports === null || (Array.isArray(ports) && ports.length === 0);
    if (noPeers && noPorts) return rule;
  }
  return undefined;
}

/** String labels of a map field (non-string values are ignored). */
export function labelsOf(field: Field): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of field.entries()) {
    if (typeof v.value === 'string') out[k] = v.value;
    else if (typeof v.value === 'number' || typeof v.value === 'boolean') out[k] = String(v.value);
  }
  return out;
}

/** How the NetworkPolicies of a namespace cover one direction for a set of pod templates. */
export interface DirectionCoverage {
  readonly direction: Direction;
  /** No policy of the namespace isolates this direction at all. */
  readonly unrestricted: boolean;
  /** Pod templates that no policy selects for this direction. */
  readonly uncovered: readonly Resource[];
  /** Allow-all rules of policies that select some of the pods (or, without pods, every pod), in policy order. */
  readonly openedBy: readonly { readonly policy: Resource; readonly rule: Field }[];
  /** There are no pods to check, and no policy with an empty podSelector proves the direction is covered. */
  readonly undetermined: boolean;
}

/**
 * Coverage of one direction. `pods` are the workloads whose pod templates NetworkPolicy applies to (hostNetwork pods
 * excluded by the caller); their labels are matched against each policy's podSelector.
 */
export function directionCoverage(policies: readonly Resource[], pods: readonly Resource[], direction: Direction, labelsOfPod: (pod: Resource) => Readonly<Record<string, string>>): DirectionCoverage {
  const applying = policies.filter((p) => policyDirections(p).has(direction));
  const podSelector = (p: Resource) => Field.of(p, 'spec', 'podSelector').value;
  const opened = new Map<Resource, Field>();
  const noteOpen = (p: Resource) => {
    const rule = allowAllRule(p, direction);
    if (rule && !opened.has(p)) opened.set(p, rule);
  };
  const uncovered: Resource[] = [];
  let undetermined = false;
  if (applying.length > 0 && pods.length === 0) {
    const all = applying.filter((p) => isEmptySelector(podSelector(p)));
    all.forEach(noteOpen);
    undetermined = all.length === 0;
  }
  if (applying.length > 0) {
    for (const pod of pods) {
      const labels = labelsOfPod(pod);
      const selecting = applying.filter((p) => selectorMatches(podSelector(p), labels));
      if (selecting.length === 0) uncovered.push(pod);
      selecting.forEach(noteOpen);
    }
  }
  const openedBy = applying.filter((p) => opened.has(p)).map((policy) => ({ policy, rule: opened.get(policy)! }));
  return { direction, unrestricted: applying.length === 0, uncovered, openedBy, undetermined };
}
