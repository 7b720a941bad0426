// defineRule and the verdict constructors that every rule uses.
import type { Loc } from '../model/types.js';
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

function where(at: At): { loc?: Loc; fieldPath?: string } {
  if (at === undefined) return {};
  if (at instanceof Field) {
    const { exact: _exact, ...loc } = at.loc;
    return { loc, fieldPath: at.fieldPath || undefined };
  }
  return { loc: at };
}

/**
 * A pass points at the resource, not at the field: resolving a field's position costs a YAML position lookup,
 * which large scans only pay for findings that need one.
 */
export function pass(at?: At, message = 'compliant'): Verdict {
  if (at instanceof Field) return { status: 'pass', message, loc: at.resource.loc, ...(at.fieldPath ? { fieldPath: at.fieldPath } : {}) };
  return { status: 'pass', message, ...where(at) };
}

export function fail(at: Field | Loc, message: string): Verdict {
  return { status: 'fail', message, ...where(at) };
}

export function manual(message: string, at?: At): Verdict {
  return { status: 'manual', message, ...where(at) };
}

export function notApplicable(message: string, at?: At): Verdict {
  return { status: 'not-applicable', message, ...where(at) };
}

export function error(message: string, at?: At): Verdict {
  return { status: 'error', message, ...where(at) };
}
