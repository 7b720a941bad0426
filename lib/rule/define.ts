// defineRule and the verdict constructors that every rule uses.
import type { Loc, Resource } from '../model/types.js';
import { Field } from './field.js';
import type { Rule, RuleDefinition, Target, Verdict } from './types.js';

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEVERITIES = new Set(['low', 'medium', 'high', 'critical']);

/** Validate a rule's metadata, fill derived fields and freeze it. Throws on a broken definition (a programmer error). */
export function defineRule<T extends Target>(def: RuleDefinition<T>): Rule<T> {
  const problems: string[] = [];
  if (!ID_RE.test(def.id)) problems.push(`id "${def.id}" is not kebab-case`);
  if (!def.title || def.title.endsWith('.')) problems.push('title must be set and carry no trailing period');
  if (def.assessment !== 'automated' && def.assessment !== 'manual') problems.push('assessment must be automated or manual');
  if (!SEVERITIES.has(def.severity)) problems.push(`severity "${String(def.severity)}" is not one of low, medium, high, critical`);
  if (!def.remediation) problems.push('remediation is required');
  if (!def.rationale) problems.push('rationale is required');
  if (typeof def.evaluate !== 'function') problems.push('evaluate must be a function');
  const scopeKeys = Object.keys(def.scope ?? {});
  if (scopeKeys.length !== 1 || !['resource', 'namespace', 'node', 'cluster'].includes(scopeKeys[0])) {
    problems.push('scope must be exactly one of resource, namespace, node, cluster');
  }
  if (problems.length) throw new Error(`rule "${def.id}": ${problems.join('; ')}`);
  return Object.freeze({ ...def, docsAnchor: `rule-${def.id}` });
}

type At = Field | Loc | undefined;

/** Key of the resource whose field a verdict points at, when its position is resolved on first read. */
const LOCATED_IN = Symbol('kubecis.locatedIn');

/**
 * A verdict at a field. Its `loc` is resolved when first read: the engine reads it only after every rule has run,
 * one resource at a time, so each resource's syntax tree is built once, used for all its findings, and let go.
 */
function atField(status: Verdict['status'], message: string, at: Field): Verdict {
  let loc: Loc | undefined;
  return {
    status,
    message,
    get loc(): Loc {
      if (!loc) {
        const { exact: _exact, ...l } = at.loc;
        loc = l;
      }
      return loc;
    },
    fieldPath: at.fieldPath || undefined,
    [LOCATED_IN]: at.resource,
  } as Verdict;
}

/** The resource whose field `v` points at, when its position is still to be resolved (see atField). */
export function locatedIn(v: Verdict): Resource | undefined {
  return (v as { [LOCATED_IN]?: Resource })[LOCATED_IN];
}

function where(at: Loc | undefined): { loc?: Loc } {
  return at === undefined ? {} : { loc: at };
}

/**
 * A pass points at the resource, not at the field: resolving a field's position costs a YAML position lookup,
 * which large scans only pay for findings that need one.
 */
export function pass(at?: At, message = 'compliant'): Verdict {
  if (at instanceof Field) {
    const fieldPath = at.fieldPath;
    return fieldPath ? { status: 'pass', message, loc: at.resource.loc, fieldPath } : { status: 'pass', message, loc: at.resource.loc };
  }
  return { status: 'pass', message, ...where(at) };
}

export function fail(at: Field | Loc, message: string): Verdict {
  return at instanceof Field ? atField('fail', message, at) : { status: 'fail', message, ...where(at) };
}

export function manual(message: string, at?: At): Verdict {
  return at instanceof Field ? atField('manual', message, at) : { status: 'manual', message, ...where(at) };
}

export function notApplicable(message: string, at?: At): Verdict {
  return at instanceof Field ? atField('not-applicable', message, at) : { status: 'not-applicable', message, ...where(at) };
}

export function error(message: string, at?: At): Verdict {
  return at instanceof Field ? atField('error', message, at) : { status: 'error', message, ...where(at) };
}
