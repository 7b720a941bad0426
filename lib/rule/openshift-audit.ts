// OpenShift's audit configuration: the APIServer "cluster" object's spec.audit (profile and per-group customRules).
import { Field } from './field.js';
import { BROAD_GROUPS } from './openshift-access.js';
import { clusterObject } from './openshift-config.js';
import type { RuleContext } from './types.js';

export interface AuditProfile {
  /** The profile in effect: spec.audit.profile, `Default` when unset. */
  readonly profile: string;
  readonly explicit: boolean;
  /** spec.audit.profile, or where it belongs. */
  readonly field: Field;
  readonly customRules: readonly { readonly group: string; readonly profile: string; readonly broad: boolean; readonly field: Field }[];
}

/** The audit settings of the APIServer "cluster" object, or undefined when the object is not in the input. */
export function auditProfile(ctx: RuleContext): AuditProfile | undefined {
  const api = clusterObject(ctx, 'config.openshift.io', 'APIServer');
  if (!api) return undefined;
  const field = Field.of(api, 'spec', 'audit', 'profile');
  const set = field.str();
  const customRules = Field.of(api, 'spec', 'audit', 'customRules').items().flatMap((r) => {
    const group = r.get('group').str();
    const profile = r.get('profile').str();
    return group && profile ? [{ group, profile, broad: BROAD_GROUPS.has(group), field: r.get('profile') }] : [];
  });
  return { profile: set && set !== '' ? set : 'Default', explicit: !!set, field, customRules };
}
