// Managed Kubernetes (EKS, AKS, GKE) settings that live in the provider's API rather than in the cluster: one
// parameterised rule builder for them, the provider context (cluster name, region, project) that makes guidance
// specific, and the evidence a cluster dump can hold about such settings.
//
// A managed setting is reported `manual` with where to check it, plus what the input shows; a spec may decide the
// control when the input really does (its `evidence` returns a verdict). Nothing here passes for lack of data.
import type { Loc, Resource } from '../model/types.js';
import { defineRule, fail, manual, pass } from './define.js';
import { detectCni, imageTag } from './cni.js';
import { Field } from './field.js';
import { imagesOf } from './image.js';
import { WORKLOAD_KINDS, type SnapshotIndex } from './snapshot-index.js';
import { containersOf } from './workload.js';
import type { Assessment, ClusterTarget, FrameworkRefs, Rule, RuleContext, Severity, Verdict } from './types.js';

export type Provider = 'eks' | 'aks' | 'gke';

export const PROVIDER_NAMES: Readonly<Record<Provider, string>> = { eks: 'Amazon EKS', aks: 'Azure AKS', gke: 'Google GKE' };

/** What the input says about the managed cluster, for filling in commands. */
export interface ProviderContext {
  readonly provider: Provider;
  readonly cluster?: string;
  /** AWS or Azure region; for GKE the cluster's location (zone or region) when the kubeconfig name gives it. */
  readonly region?: string;
  readonly project?: string;
  readonly resourceGroup?: string;
  /** Node objects that carry this provider's labels or provider ID, in input order. */
  readonly nodes: readonly Resource[];
}

const NODE_SIGNS: Readonly<Record<Provider, { readonly labelPrefixes: readonly string[]; readonly providerId: string }>> = {
  eks: { labelPrefixes: ['eks.amazonaws.com/'], providerId: 'aws://' },
  aks: { labelPrefixes: ['kubernetes.azure.com/'], providerId: 'azure://' },
  gke: { labelPrefixes: ['cloud.google.com/gke-'], providerId: 'gce://' },
};

export function labelsOf(r: Resource): Readonly<Record<string, unknown>> {
  const v = Field.of(r, 'metadata', 'labels').value;
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function annotationsOf(r: Resource): Readonly<Record<string, unknown>> {
  const v = Field.of(r, 'metadata', 'annotations').value;
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Whether a Node object carries this provider's labels or provider ID. */
export function isProviderNode(node: Resource, provider: Provider): boolean {
  const sign = NODE_SIGNS[provider];
  if (Object.keys(labelsOf(node)).some((k) => sign.labelPrefixes.some((p) => k.startsWith(p)))) return true;
  return (Field.of(node, 'spec', 'providerID').str() ?? '').startsWith(sign.providerId);
}

function regionOf(nodes: readonly Resource[]): string | undefined {
  for (const n of nodes) {
    const l = labelsOf(n);
    const r = l['topology.kubernetes.io/region'] ?? l['failure-domain.beta.kubernetes.io/region'];
    if (typeof r === 'string' && r !== '') return r;
  }
  return undefined;
}

/**
 * Names the cloud CLIs write into kubeconfigs carry the location: EKS `arn:aws:eks:REGION:ACCOUNT:cluster/NAME` and
 * eksctl's `NAME.REGION.eksctl.io`, GKE `gke_PROJECT_LOCATION_NAME`. AKS writes the bare name; its region comes from
 * node labels and its resource group from the node resource group `MC_GROUP_NAME_REGION` once name and region are known.
 */
export function parseClusterName(provider: Provider, raw: string | undefined): { cluster?: string; region?: string; project?: string } {
  if (!raw) return {};
  if (provider === 'eks') {
    const arn = /^arn:aws[\w-]*:eks:([a-z0-9-]+):\d{12}:cluster\/(.+)$/.exec(raw);
    if (arn) return { cluster: arn[2], region: arn[1] };
    const eksctl = /^([^.]+)\.([a-z]{2}(?:-[a-z]+)+-\d)\.eksctl\.io$/.exec(raw);
    if (eksctl) return { cluster: eksctl[1], region: eksctl[2] };
  }
  if (provider === 'gke') {
    const m = /^gke_([a-z][a-z0-9-]*)_([a-z0-9-]+)_(.+)$/.exec(raw);
    if (m) return { project: m[1], region: m[2], cluster: m[3] };
  }
  return { cluster: raw };
}

const contextCache = new WeakMap<SnapshotIndex, Map<Provider, ProviderContext>>();

export function providerContext(ctx: RuleContext, provider: Provider): ProviderContext {
  let byProvider = contextCache.get(ctx.index);
  if (!byProvider) contextCache.set(ctx.index, (byProvider = new Map()));
  const hit = byProvider.get(provider);
  if (hit) return hit;
  const nodes = ctx.index.byKind('Node').filter((n) => isProviderNode(n, provider));
  const named = parseClusterName(provider, ctx.snapshot.clusterName);
  let project = named.project;
  if (provider === 'gke' && !project) {
    for (const n of nodes) {
      const m = /^gce:\/\/([^/]+)\//.exec(Field.of(n, 'spec', 'providerID').str() ?? '');
      if (m) {
        project = m[1];
        break;
      }
    }
  }
  // A GKE node's region label is not the cluster's location for zonal clusters, so GKE takes it from the name only.
  const region = named.region ?? (provider === 'gke' ? undefined : regionOf(nodes));
  let resourceGroup: string | undefined;
  if (provider === 'aks' && named.cluster && region) {
    for (const n of nodes) {
      const group = labelsOf(n)['kubernetes.azure.com/cluster'];
      const suffix = `_${named.cluster}_${region}`.toLowerCase();
      if (typeof group === 'string' && /^mc_/i.test(group) && group.toLowerCase().endsWith(suffix) && group.length > 3 + suffix.length) {
        resourceGroup = group.slice(3, group.length - suffix.length);
        break;
      }
    }
  }
  const out: ProviderContext = Object.freeze({
    provider,
    ...(named.cluster ? { cluster: named.cluster } : {}),
    ...(region ? { region } : {}),
    ...(project ? { project } : {}),
    ...(resourceGroup ? { resourceGroup } : {}),
    nodes,
  });
  byProvider.set(provider, out);
  return out;
}

/** Fill `{cluster}`, `{region}`, `{location}`, `{project}`, `{resourceGroup}` from the context, else `<cluster>` etc. */
export function fillGuidance(text: string, p: ProviderContext): string {
  const values: Record<string, string | undefined> = {
    cluster: p.cluster,
    region: p.region,
    location: p.region,
    project: p.project,
    resourceGroup: p.resourceGroup,
  };
  return text.replace(/\{(cluster|region|location|project|resourceGroup)\}/g, (_m, k: string) => values[k] ?? `<${k === 'resourceGroup' ? 'resource-group' : k}>`);
}

/** One thing the input shows about a setting. */
export interface Evidence {
  readonly text: string;
  readonly at?: Field | Loc;
}

/** What the input shows: evidence for a manual verdict, or a verdict when the input decides the control. */
export type Finding =
  | { readonly seen: readonly Evidence[]; /** Said when nothing was seen; defaults to a plain "nothing in the input shows it". */ readonly none?: string }
  | { readonly verdict: Verdict };

export interface ManagedSettingSpec {
  readonly id: string;
  readonly title: string;
  readonly provider: Provider;
  readonly assessment: Assessment;
  readonly severity: Severity;
  readonly rationale: string;
  readonly remediation: string;
  /** Extra notes; the default note says where the setting lives. */
  readonly notes?: string;
  readonly frameworks?: FrameworkRefs;
  /**
   * What to check and where, in the provider's console and CLI, e.g. `check X: console page, or run "aws eks ..."`.
   * `{cluster}`, `{region}`, `{location}`, `{project}` and `{resourceGroup}` are filled from the input when it shows them.
   */
  readonly guidance: string;
  /** What the input shows about the setting; without it the input is only used to fill in the guidance. */
  readonly evidence?: (ctx: RuleContext, p: ProviderContext) => Finding;
}

const MAX_SHOWN = 4;

/** `1 node`, `2 nodes` (the plural adds an s unless given). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** `a, b, c and 2 more`. */
export function listText(items: readonly string[], max = MAX_SHOWN): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown.join('');
}

/** The manual verdict of a managed setting: guidance, then what the input shows (pointing at the first located evidence). */
export function managedVerdict(guidance: string, finding: { seen: readonly Evidence[]; none?: string }): Verdict {
  const { seen } = finding;
  if (seen.length === 0) return manual(`${guidance}; ${finding.none ?? 'nothing in the input shows this setting'}`);
  const at = seen.find((e) => e.at !== undefined)?.at;
  return manual(`${guidance}; the input shows ${listText(seen.map((e) => e.text))}`, at);
}

/** A cluster-level rule for a setting of the managed service; see ManagedSettingSpec. */
export function managedSettingRule(spec: ManagedSettingSpec): Rule<ClusterTarget> {
  const where = `${PROVIDER_NAMES[spec.provider]} keeps this setting in its own API, which a cluster dump does not include`;
  const defaultNote = spec.evidence
    ? `${where}: reported manual with where to check it and what the input shows, unless the input decides it.`
    : `${where}: reported manual with where to check it.`;
  return defineRule<ClusterTarget>({
    id: spec.id,
    title: spec.title,
    assessment: spec.assessment,
    notes: spec.notes ? `${defaultNote} ${spec.notes}` : defaultNote,
    severity: spec.severity,
    scope: { cluster: true },
    ...(spec.frameworks ? { frameworks: spec.frameworks } : {}),
    rationale: spec.rationale,
    remediation: spec.remediation,
    evaluate(_cluster, ctx) {
      const p = providerContext(ctx, spec.provider);
      const guidance = fillGuidance(spec.guidance, p);
      const finding: Finding = spec.evidence ? spec.evidence(ctx, p) : { seen: [] };
      if ('verdict' in finding) return finding.verdict;
      return managedVerdict(guidance, finding);
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence shared by several providers.

/** `Kind "ns/name"`. */
export function describe(r: Resource): string {
  return `${r.kind} "${r.namespace ? `${r.namespace}/` : ''}${r.name}"`;
}

/** Objects of a kind whose name matches, in any namespace (or only `namespace`). */
export function objectsNamed(ctx: RuleContext, kind: string, name: RegExp, namespace?: string): Resource[] {
  return ctx.index.byKind(kind).filter((r) => name.test(r.name) && (namespace === undefined || r.namespace === namespace));
}

/** Evidence that names objects: `DaemonSet "kube-system/x"` each, pointing at the first. */
export function objectEvidence(objects: readonly Resource[], suffix = ''): Evidence[] {
  return objects.map((r) => ({ text: `${describe(r)}${suffix}`, at: r.loc }));
}

/** ServiceAccounts carrying an annotation (with a non-empty value), as one evidence line. */
export function annotatedServiceAccounts(ctx: RuleContext, annotation: string): Evidence | undefined {
  const found = ctx.index.byKind('ServiceAccount').filter((sa) => {
    const v = annotationsOf(sa)[annotation];
    return typeof v === 'string' && v.trim() !== '';
  });
  if (found.length === 0) return undefined;
  const names = found.map((sa) => `"${sa.namespace ? `${sa.namespace}/` : ''}${sa.name}"`);
  return {
    text: `${plural(found.length, 'ServiceAccount')} annotated ${annotation} (${listText(names, 3)})`,
    at: Field.of(found[0], 'metadata', 'annotations', annotation),
  };
}

/** Node objects (of the provider) with a label value, as an evidence line, and those without. */
export function nodeLabelSplit(nodes: readonly Resource[], label: string, want: (v: unknown) => boolean): { with: Resource[]; without: Resource[] } {
  const w: Resource[] = [];
  const wo: Resource[] = [];
  for (const n of nodes) (want(labelsOf(n)[label]) ? w : wo).push(n);
  return { with: w, without: wo };
}

/** `"node-a", "node-b" and 3 more`. */
export function nodeNames(nodes: readonly Resource[], max = 3): string {
  return listText(nodes.map((n) => `"${n.name}"`), max);
}

/**
 * Private nodes, judged from the Node objects: a node with an ExternalIP address (or a provider label saying it is
 * not private) has a public address and fails; when every node reports its addresses and none is external, the nodes
 * are private. Nodes that report no addresses leave it to review.
 */
export function privateNodesVerdict(p: ProviderContext, guidance: string, privateLabel?: string): Verdict {
  const nodes = p.nodes;
  if (nodes.length === 0) return managedVerdict(guidance, { seen: [], none: `no ${PROVIDER_NAMES[p.provider]} Node objects are in the input` });
  const publicNodes: { node: Resource; at: Field; why: string }[] = [];
  const silent: Resource[] = [];
  for (const n of nodes) {
    const addresses = Field.of(n, 'status', 'addresses').items();
    const external = addresses.find((a) => a.get('type').value === 'ExternalIP' && typeof a.get('address').value === 'string' && a.get('address').value !== '');
    const label = privateLabel ? Field.of(n, 'metadata', 'labels', privateLabel) : undefined;
    if (external) publicNodes.push({ node: n, at: external.get('address'), why: 'an ExternalIP address' });
    else if (label && label.value === 'false') publicNodes.push({ node: n, at: label, why: `${privateLabel}: "false"` });
    else if (addresses.length === 0 && !(label && label.value === 'true')) silent.push(n);
  }
  if (publicNodes.length > 0) {
    const first = publicNodes[0];
    const others = publicNodes.length > 1 ? ` (${publicNodes.length} of ${nodes.length} nodes are public: ${nodeNames(publicNodes.map((x) => x.node))})` : '';
    return fail(first.at, `node "${first.node.name}" has ${first.why}, so it is reachable from outside its private network${others}`);
  }
  if (silent.length > 0) {
    return managedVerdict(guidance, { seen: [{ text: `${silent.length} of ${plural(nodes.length, 'Node object')} without status addresses (${nodeNames(silent)})`, at: silent[0].loc }] });
  }
  return pass(nodes[0].loc, `${nodes.length === 1 ? `the ${PROVIDER_NAMES[p.provider]} node has no` : `none of the ${nodes.length} ${PROVIDER_NAMES[p.provider]} nodes has a`} public address; node pools added later need the same private setting`);
}

/**
 * Network policy enforcement on a managed cluster, from the CNI's DaemonSets and Deployments: an enforcing engine
 * passes (whether each namespace has fitting policies is the namespace network policy control's question), a CNI
 * that cannot enforce fails, anything else is left to review with the guidance.
 */
export function networkPolicyFinding(ctx: RuleContext): Finding {
  const found = detectCni(ctx.index);
  const policies = ctx.index.byKind('NetworkPolicy').length;
  const count = `${plural(policies, 'NetworkPolicy object')} in the input`;
  const enforcing = found.find((f) => f.enforces === 'yes');
  if (enforcing) {
    const hint = policies === 0 ? ', so nothing is restricted yet (see the namespace network policy control)' : '';
    return { verdict: pass(enforcing.at, `${enforcing.reason} (${describe(enforcing.resource)}); ${count}${hint}`) };
  }
  const unknown = found.filter((f) => f.enforces === 'unknown');
  if (unknown.length) return { seen: unknown.map((f) => ({ text: `${f.reason} (${describe(f.resource)})`, at: f.at })) };
  const not = found.filter((f) => f.enforces === 'no');
  if (not.length) {
    return { verdict: fail(not[0].at, `${not.map((f) => `${f.reason} (${describe(f.resource)})`).join('; ')}, and no NetworkPolicy engine is in the input, so NetworkPolicy objects have no effect (${count})`) };
  }
  return { seen: [], none: `no CNI DaemonSet or Deployment is in the input (${count})` };
}

// Commands the guidance of several rules starts from.
export const EKS_DESCRIBE = 'aws eks describe-cluster --name {cluster} --region {region}';
export const AKS_SHOW = 'az aks show --resource-group {resourceGroup} --name {cluster}';
export const GKE_DESCRIBE = 'gcloud container clusters describe {cluster} --location {location} --project {project}';
export const GKE_NODE_POOLS = 'gcloud container node-pools list --cluster {cluster} --location {location} --project {project}';

/** Container images whose registry matches, as one evidence line naming the registries with their counts. */
export function registryEvidence(ctx: RuleContext, match: (registry: string) => boolean, what: string): Evidence | undefined {
  const counts = new Map<string, number>();
  let first: Field | undefined;
  let total = 0;
  for (const w of ctx.index.topLevel(WORKLOAD_KINDS)) {
    for (const img of imagesOf(w)) {
      const registry = img.ref?.registry;
      if (registry === undefined || !match(registry)) continue;
      counts.set(registry, (counts.get(registry) ?? 0) + 1);
      first ??= img.field;
      total++;
    }
  }
  if (total === 0) return undefined;
  const listed = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([r, n]) => `"${r}" (${n})`);
  return { text: `${plural(total, 'container image')} from ${what} ${listText(listed, 3)}`, at: first };
}

export const ECR_REGISTRY = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;
export const ACR_REGISTRY = /^[a-z0-9]+\.azurecr\.(io|cn|us)$/;
export const GOOGLE_REGISTRY = /^(([a-z]+\.)?gcr\.io|[a-z0-9-]+-docker\.pkg\.dev)$/;

/**
 * What the aws-auth ConfigMap maps: IAM roles and users (counted, never named: the ARNs are account data, not
 * findings). Counting `rolearn` / `userarn` keys works for its YAML and JSON forms without parsing the embedded text.
 */
export function awsAuthEvidence(ctx: RuleContext): Evidence | undefined {
  const cm = ctx.index.get('ConfigMap', 'kube-system', 'aws-auth');
  if (!cm) return undefined;
  const text = (key: string) => Field.of(cm, 'data', key).str() ?? '';
  const roles = (text('mapRoles').match(/\brolearn\b/g) ?? []).length;
  const users = (text('mapUsers').match(/\buserarn\b/g) ?? []).length;
  const nodes = (text('mapRoles').match(/system:nodes\b/g) ?? []).length;
  const accounts = (text('mapAccounts').match(/\d{12}/g) ?? []).length;
  const parts = [`${plural(roles, 'IAM role')} (${nodes} of them for nodes)`, plural(users, 'IAM user')];
  if (accounts) parts.push(plural(accounts, 'account'));
  return { text: `ConfigMap "kube-system/aws-auth" mapping ${listText(parts)}`, at: cm.loc };
}

/** The CNI components found (product, image tag and object), as evidence of what runs and at which version. */
export function cniVersionEvidence(ctx: RuleContext): Evidence[] {
  return detectCni(ctx.index).map((f) => {
    const image = containersOf(f.resource).map((c) => c.field.get('image').str()).find((i) => i !== undefined);
    const tag = image ? imageTag(image) : undefined;
    return { text: `${f.product}${tag ? ` ${tag}` : ''} (${describe(f.resource)})`, at: f.resource.loc };
  });
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RBAC subjects named by a Microsoft Entra object ID (a GUID), which only Entra-integrated AKS clusters resolve. */
export function entraSubjectEvidence(ctx: RuleContext): Evidence | undefined {
  const found: { binding: Resource; subject: Field }[] = [];
  for (const kind of ['ClusterRoleBinding', 'RoleBinding']) {
    for (const b of ctx.index.byKind(kind)) {
      for (const s of Field.of(b, 'subjects').items()) {
        const k = s.get('kind').value;
        const name = s.get('name').str();
        if ((k === 'User' || k === 'Group') && name !== undefined && GUID.test(name)) found.push({ binding: b, subject: s });
      }
    }
  }
  if (found.length === 0) return undefined;
  const bindings = [...new Set(found.map((f) => describe(f.binding)))];
  return { text: `${plural(found.length, 'RBAC subject')} named by a Microsoft Entra object ID in ${listText(bindings, 3)}`, at: found[0].subject.get('name') };
}

/** The cloud provider configuration AKS writes on every node (CIS AKS 3.1.3 and 3.1.4). */
export const AKS_AZURE_JSON = Object.freeze({ path: '/etc/kubernetes/azure.json', how: 'the path AKS node images use' });
