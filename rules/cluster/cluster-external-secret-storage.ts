// External secret storage cannot be proven from objects; report manual with what the input shows as evidence.
import { defineRule, manual } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import type { ClusterTarget } from '../../lib/rule/types.js';
import { WORKLOAD_KINDS, type SnapshotIndex } from '../../lib/rule/snapshot-index.js';
import { containersOf, podMetaOf, podSpecOf } from '../../lib/rule/workload.js';
import { imagePath } from '../../lib/rule/cni.js';
import type { Loc, Resource } from '../../lib/model/types.js';

const MAX_LISTED = 6;

/** API groups of secret operators (as the start of apiVersion) and the product they belong to. */
const GROUPS: readonly [string, string][] = [
  ['external-secrets.io/', 'External Secrets Operator'],
  ['secrets-store.csi.x-k8s.io/', 'Secrets Store CSI driver'],
  ['secrets.hashicorp.com/', 'Vault Secrets Operator'],
  ['bitnami.com/', 'Sealed Secrets (encrypted in Git, stored as Secrets in the cluster)'],
];

interface Evidence {
  readonly text: string;
  readonly loc: Loc;
}

function label(r: Resource): string {
  return `${r.kind} "${r.namespace ? `${r.namespace}/` : ''}${r.name}"`;
}

function collect(index: SnapshotIndex, resources: readonly Resource[]): Evidence[] {
  const out: Evidence[] = [];
  for (const r of resources) {
    const group = GROUPS.find(([prefix]) => r.apiVersion.startsWith(prefix));
    if (group) {
      out.push({ text: `${label(r)} (${group[1]})`, loc: r.loc });
      continue;
    }
    if (!WORKLOAD_KINDS.includes(r.kind)) continue;
    const owner = index.ownerInInput(r);
    if (owner && WORKLOAD_KINDS.includes(owner.kind)) continue; // judged on its controller
    const injector = containersOf(r).find((c) => imagePath(c.field.get('image').str() ?? '').endsWith('hashicorp/vault-k8s'));
    if (injector) {
      out.push({ text: `${label(r)} (Vault agent injector)`, loc: injector.field.get('image').loc });
      continue;
    }
    const inject = podMetaOf(r).get('annotations', 'vault.hashicorp.com/agent-inject');
    if (inject.value === 'true' || inject.value === true) {
      out.push({ text: `${label(r)} (Vault agent injection)`, loc: inject.loc });
      continue;
    }
    const csi = podSpecOf(r).get('volumes').items().find((v) => v.get('csi', 'driver').value === 'secrets-store.csi.k8s.io');
    if (csi) out.push({ text: `${label(r)} (Secrets Store CSI volume)`, loc: csi.get('csi', 'driver').loc });
  }
  return out;
}

export default defineRule<ClusterTarget>({
  id: 'cluster-external-secret-storage',
  title: 'Secrets are kept in an external secret store',
  assessment: 'manual',
  notes:
    'Never passes: objects cannot show where secret material is authoritatively stored or how it is protected. The ' +
    'message lists evidence found in the input: External Secrets Operator, Secrets Store CSI, Vault agent injection ' +
    'or Vault Secrets Operator objects, and Sealed Secrets.',
  severity: 'low',
  scope: { cluster: true },
  rationale: 'Kubernetes Secrets are only base64-encoded and are readable by anyone with get/list on them or access to etcd; a dedicated secret store adds encryption, auditing and rotation.',
  remediation: 'Keep secret material in a dedicated store (a cloud secret manager or Vault) and deliver it with the External Secrets Operator, the Secrets Store CSI driver or the Vault agent; enable encryption at rest for the Secrets that remain.',

  evaluate(_cluster, ctx) {
    const evidence = collect(ctx.index, ctx.snapshot.resources);
    const secrets = ctx.index.byKind('Secret').filter((s) => Field.of(s, 'type').value !== 'kubernetes.io/service-account-token').length;
    const count = `the input holds ${secrets} Secret ${secrets === 1 ? 'object' : 'objects'}`;
    if (evidence.length === 0) {
      return manual(`no external secret store integration is in the input and ${count}: confirm where secret material is stored and how it is protected`);
    }
    const listed = evidence.slice(0, MAX_LISTED).map((e) => e.text).join(', ');
    const more = evidence.length > MAX_LISTED ? ` and ${evidence.length - MAX_LISTED} more` : '';
    return manual(`external secret integration seen: ${listed}${more}; ${count}: confirm that all secret material comes from the external store`, evidence[0].loc);
  },
});
