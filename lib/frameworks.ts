// Compliance frameworks: catalogs of the framework controls we map to, the per-rule mapping, the FedRAMP baselines
// derived from the NIST SP 800-53 mapping, and the per-framework view of scan results.
//
// Mappings are keyed by rule id, not benchmark control number: numbers move between benchmark versions, the rule
// (what is checked) does not. A CIS control maps to whatever its rule maps to.
import { readFileSync } from 'node:fs';
import { compareControlIds } from './engine/control-id.js';
import { deepFreeze } from './model/parse.js';
import { dataPath } from './paths.js';
import type { ControlInfo, Result } from './report/types.js';
import type { Status } from './rule/types.js';

/** Frameworks whose mapping is written by hand, one catalog file each. */
export const MAPPED_FRAMEWORKS = ['nist-800-53', 'iso-27001', 'soc2', 'hipaa', 'pci-dss', 'cmmc'] as const;
export type MappedFrameworkId = (typeof MAPPED_FRAMEWORKS)[number];

/** Every framework a report can show, in listing order; the FedRAMP baselines are derived from nist-800-53. */
export const FRAMEWORK_IDS = ['nist-800-53', 'iso-27001', 'soc2', 'hipaa', 'pci-dss', 'fedramp-moderate', 'fedramp-high', 'cmmc'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export interface FrameworkControl {
  readonly id: string;
  readonly title: string;
}

export interface Framework {
  readonly id: FrameworkId;
  readonly title: string;
  readonly version: string;
  /** Set for frameworks computed from another one's mapping (the FedRAMP baselines). */
  readonly derivedFrom?: MappedFrameworkId;
  /** The framework controls our mappings use, sorted by id. */
  readonly controls: readonly FrameworkControl[];
}

export interface MappingRow {
  readonly id: string;
  readonly rationale: string;
}

/** Catalog file lib/data/frameworks/<id>.json of a hand-mapped framework. */
export interface FrameworkCatalog {
  readonly id: MappedFrameworkId;
  readonly title: string;
  readonly version: string;
  readonly controls: readonly FrameworkControl[];
}

/** lib/data/frameworks/fedramp.json: FedRAMP Rev. 5 baseline membership of the 800-53 controls we map to. */
export interface FedrampCatalog {
  readonly id: 'fedramp';
  readonly title: string;
  readonly version: string;
  readonly derivedFrom: 'nist-800-53';
  readonly baselines: readonly { readonly id: 'fedramp-moderate' | 'fedramp-high'; readonly title: string }[];
  readonly controls: readonly { readonly id: string; readonly baselines: readonly string[] }[];
}

/** lib/data/frameworks/mappings.json: rule id -> framework -> rows. */
export type Mappings = Readonly<Record<string, Readonly<Record<MappedFrameworkId, readonly MappingRow[]>>>>;

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(dataPath('frameworks', name), 'utf8'));
}

let catalogsCache: ReadonlyMap<MappedFrameworkId, FrameworkCatalog> | undefined;
let fedrampCache: FedrampCatalog | undefined;
let mappingsCache: Mappings | undefined;
let frameworksCache: readonly Framework[] | undefined;

export function frameworkCatalogs(): ReadonlyMap<MappedFrameworkId, FrameworkCatalog> {
  if (!catalogsCache) {
    catalogsCache = new Map(MAPPED_FRAMEWORKS.map((id) => {
      const c = deepFreeze(readJson(`${id}.json`) as FrameworkCatalog);
      if (c.id !== id) throw new Error(`framework catalog "${id}.json" declares id "${c.id}"`);
      return [id, c] as const;
    }));
  }
  return catalogsCache;
}

export function fedrampCatalog(): FedrampCatalog {
  if (!fedrampCache) fedrampCache = deepFreeze(readJson('fedramp.json') as FedrampCatalog);
  return fedrampCache;
}

export function mappings(): Mappings {
  if (!mappingsCache) mappingsCache = deepFreeze(readJson('mappings.json') as Mappings);
  return mappingsCache;
}

/** Framework ids compare like "AC-6" < "AC-6(9)" < "AC-14" and "164.312(a)(1)" < "164.312(b)": digit runs as numbers. */
export function compareFrameworkIds(a: string, b: string): number {
  const x = a.match(/\d+|\D+/g) ?? [];
  const y = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const dx = /^\d/.test(x[i]);
    const dy = /^\d/.test(y[i]);
    if (dx && dy) {
      const d = Number(x[i]) - Number(y[i]);
      if (d !== 0) return d;
    } else if (x[i] !== y[i]) {
      if (dx !== dy) return dx ? -1 : 1;
      return x[i] < y[i] ? -1 : 1;
    }
  }
  return x.length - y.length;
}

/**
 * FedRAMP baseline controls behind a rule: the rule's 800-53 controls that the baseline selects. Derived, never
 * written by hand, so the FedRAMP view can never disagree with the 800-53 mapping.
 */
export function deriveFedramp(nistIds: readonly string[], baseline: 'fedramp-moderate' | 'fedramp-high', catalog: FedrampCatalog = fedrampCatalog()): string[] {
  const members = baselineMembers(catalog, baseline);
  return nistIds.filter((id) => members.has(id));
}

/** The 800-53 ids a FedRAMP baseline selects, worked out once per catalog (every rule asks for both baselines). */
const membersCache = new WeakMap<FedrampCatalog, Map<string, ReadonlySet<string>>>();
function baselineMembers(catalog: FedrampCatalog, baseline: string): ReadonlySet<string> {
  let byBaseline = membersCache.get(catalog);
  if (!byBaseline) membersCache.set(catalog, (byBaseline = new Map()));
  let members = byBaseline.get(baseline);
  if (!members) byBaseline.set(baseline, (members = new Set(catalog.controls.filter((c) => c.baselines.includes(baseline)).map((c) => c.id))));
  return members;
}

/** Every framework a report can show, in a fixed order. */
export function listFrameworks(): readonly Framework[] {
  if (!frameworksCache) {
    const catalogs = frameworkCatalogs();
    const fedramp = fedrampCatalog();
    const nist = catalogs.get('nist-800-53');
    if (!nist) throw new Error('nist-800-53 catalog missing');
    const nistTitles = new Map(nist.controls.map((c) => [c.id, c.title]));
    frameworksCache = deepFreeze(FRAMEWORK_IDS.map((id): Framework => {
      if (id === 'fedramp-moderate' || id === 'fedramp-high') {
        const base = fedramp.baselines.find((b) => b.id === id);
        if (!base) throw new Error(`fedramp.json lacks baseline "${id}"`);
        const controls = fedramp.controls
          .filter((c) => c.baselines.includes(id))
          .map((c) => ({ id: c.id, title: nistTitles.get(c.id) ?? c.id }))
          .sort((a, b) => compareFrameworkIds(a.id, b.id));
        return { id, title: base.title, version: fedramp.version, derivedFrom: 'nist-800-53', controls };
      }
      const c = catalogs.get(id);
      if (!c) throw new Error(`framework catalog "${id}" missing`);
      return { id, title: c.title, version: c.version, controls: [...c.controls].sort((a, b) => compareFrameworkIds(a.id, b.id)) };
    }));
  }
  return frameworksCache;
}

export function getFramework(id: string): Framework | undefined {
  return listFrameworks().find((f) => f.id === id);
}

/** The framework control ids a rule maps to, per framework (only frameworks with at least one id), ids sorted. */
export function frameworksForRule(ruleId: string): Partial<Record<FrameworkId, string[]>> {
  const m = Object.prototype.hasOwnProperty.call(mappings(), ruleId) ? mappings()[ruleId] : undefined;
  if (!m) return {};
  const out: Partial<Record<FrameworkId, string[]>> = {};
  for (const fw of FRAMEWORK_IDS) {
    let ids: string[];
    if (fw === 'fedramp-moderate' || fw === 'fedramp-high') ids = deriveFedramp(m['nist-800-53'].map((r) => r.id), fw);
    else ids = m[fw].map((r) => r.id);
    if (ids.length > 0) out[fw] = [...new Set(ids)].sort(compareFrameworkIds);
  }
  return out;
}

/** The mapping rows (with rationale) of a rule for one framework; FedRAMP rows carry the 800-53 rationale. */
export function mappingRows(ruleId: string, frameworkId: FrameworkId): readonly MappingRow[] {
  const m = Object.prototype.hasOwnProperty.call(mappings(), ruleId) ? mappings()[ruleId] : undefined;
  if (!m) return [];
  if (frameworkId === 'fedramp-moderate' || frameworkId === 'fedramp-high') {
    const keep = new Set(deriveFedramp(m['nist-800-53'].map((r) => r.id), frameworkId));
    return m['nist-800-53'].filter((r) => keep.has(r.id));
  }
  return m[frameworkId];
}

// ---------------------------------------------------------------------------------------------------------------
// Framework view of a scan

export interface FrameworkViewControl {
  readonly id: string;
  readonly title: string;
  /** Combined status of the CIS controls behind it: fail > error > manual > pass; not-applicable when nothing was decided. */
  readonly status: Status;
  /** At least one check behind it was decided automatically (a pass or fail verdict). */
  readonly automated: boolean;
  /** Benchmark control ids behind it, in control order. */
  readonly cisControls: readonly string[];
  readonly rules: readonly string[];
  readonly counts: { readonly pass: number; readonly fail: number; readonly manual: number; readonly notApplicable: number; readonly error: number };
}

export interface FrameworkView {
  readonly framework: { readonly id: FrameworkId; readonly title: string; readonly version: string };
  readonly controls: readonly FrameworkViewControl[];
  /** Framework controls with at least one automated check, out of all framework controls mapped from the scan. */
  readonly coverage: { readonly automated: number; readonly total: number };
}

type ViewResult = Pick<Result, 'controlId' | 'ruleId' | 'status'>;
type ViewControl = Pick<ControlInfo, 'controlId' | 'ruleId'>;

function combine(counts: FrameworkViewControl['counts']): Status {
  if (counts.fail > 0) return 'fail';
  if (counts.error > 0) return 'error';
  if (counts.manual > 0) return 'manual';
  if (counts.pass > 0) return 'pass';
  return 'not-applicable';
}

/**
 * Results regrouped by the controls of one framework. Pass the report's `controls` too so that benchmark controls
 * with no result (nothing in scope) still count towards the framework controls mapped.
 */
export function frameworkView(results: readonly ViewResult[], frameworkId: string, controls: readonly ViewControl[] = []): FrameworkView {
  const fw = getFramework(frameworkId);
  if (!fw) throw new Error(`unknown framework "${frameworkId}"`);
  const titles = new Map(fw.controls.map((c) => [c.id, c.title]));
  interface Acc { cis: Set<string>; rules: Set<string>; counts: { pass: number; fail: number; manual: number; notApplicable: number; error: number } }
  const acc = new Map<string, Acc>();
  const touch = (fwControl: string, cisControl: string, ruleId: string): Acc => {
    let a = acc.get(fwControl);
    if (!a) {
      a = { cis: new Set(), rules: new Set(), counts: { pass: 0, fail: 0, manual: 0, notApplicable: 0, error: 0 } };
      acc.set(fwControl, a);
    }
    a.cis.add(cisControl);
    a.rules.add(ruleId);
    return a;
  };
  const idsFor = new Map<string, string[]>();
  const frameworkIdsOf = (ruleId: string): string[] => {
    let ids = idsFor.get(ruleId);
    if (!ids) {
      ids = frameworksForRule(ruleId)[fw.id] ?? [];
      idsFor.set(ruleId, ids);
    }
    return ids;
  };
  for (const c of controls) for (const id of frameworkIdsOf(c.ruleId)) touch(id, c.controlId, c.ruleId);
  for (const r of results) {
    for (const id of frameworkIdsOf(r.ruleId)) {
      const k = touch(id, r.controlId, r.ruleId).counts;
      if (r.status === 'not-applicable') k.notApplicable++;
      else if (r.status !== 'waived') k[r.status]++; // an accepted exception neither fails nor passes the control
    }
  }
  const out: FrameworkViewControl[] = [...acc.entries()]
    .sort(([a], [b]) => compareFrameworkIds(a, b))
    .map(([id, a]) => ({
      id,
      title: titles.get(id) ?? id,
      status: combine(a.counts),
      automated: a.counts.pass + a.counts.fail > 0,
      cisControls: [...a.cis].sort(compareControlIds),
      rules: [...a.rules].sort(),
      counts: { ...a.counts },
    }));
  return {
    framework: { id: fw.id, title: fw.title, version: fw.version },
    controls: out,
    coverage: { automated: out.filter((c) => c.automated).length, total: out.length },
  };
}
