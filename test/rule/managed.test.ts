// Managed-service helpers: cluster names from kubeconfigs, provider context from Node objects, guidance filling,
// the rule builder's metadata and verdicts.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeContext } from '../../lib/engine/run.js';
import { parseText } from '../../lib/model/parse.js';
import type { Snapshot } from '../../lib/model/types.js';
import { fillGuidance, isProviderNode, listText, managedSettingRule, parseClusterName, providerContext } from '../../lib/rule/managed.js';

const test = suite('managed');

function snapshotOf(yaml: string, clusterName?: string): Snapshot {
  const parsed = parseText(yaml, 'nodes.yaml');
  assert.equal(parsed.errors, []);
  return { resources: parsed.resources, nodes: [], bundles: [], errors: [], ...(clusterName ? { clusterName } : {}) };
}

const AKS_NODE = `apiVersion: v1
kind: Node
metadata:
  name: aks-nodepool1-12345678-vmss000000
  labels:
    kubernetes.azure.com/cluster: MC_rg_prod_aks-prod_westeurope
    topology.kubernetes.io/region: westeurope
spec:
  providerID: azure:///subscriptions/0000/resourceGroups/mc_rg_prod_aks-prod_westeurope/providers/Microsoft.Compute/virtualMachineScaleSets/x/virtualMachines/0
`;
const GKE_NODE = `apiVersion: v1
kind: Node
metadata:
  name: gke-prod-default-pool-1a2b3c4d-xyz1
  labels:
    cloud.google.com/gke-nodepool: default-pool
    topology.kubernetes.io/region: europe-west1
spec:
  providerID: gce://acme-prod/europe-west1-b/gke-prod-default-pool-1a2b3c4d-xyz1
`;

test('cluster names written by the cloud CLIs give region, location and project', () => {
  assert.equal(parseClusterName('eks', 'arn:aws:eks:eu-west-1:111122223333:cluster/prod'), { cluster: 'prod', region: 'eu-west-1' });
  assert.equal(parseClusterName('eks', 'arn:aws-us-gov:eks:us-gov-west-1:111122223333:cluster/gov'), { cluster: 'gov', region: 'us-gov-west-1' });
  assert.equal(parseClusterName('eks', 'prod.eu-central-1.eksctl.io'), { cluster: 'prod', region: 'eu-central-1' });
  assert.equal(parseClusterName('gke', 'gke_acme-prod_europe-west1-b_prod_blue'), { project: 'acme-prod', region: 'europe-west1-b', cluster: 'prod_blue' });
  assert.equal(parseClusterName('aks', 'aks-prod'), { cluster: 'aks-prod' });
  assert.equal(parseClusterName('eks', 'kubernetes'), { cluster: 'kubernetes' });
  assert.equal(parseClusterName('gke', undefined), {});
});

test('AKS: the resource group comes from the node resource group once name and region are known (underscores included)', () => {
  const ctx = makeContext(snapshotOf(AKS_NODE, 'aks-prod'), 'aks-1.8');
  const p = providerContext(ctx, 'aks');
  assert.equal([p.cluster, p.region, p.resourceGroup, p.nodes.length], ['aks-prod', 'westeurope', 'rg_prod', 1]);
  assert.is(fillGuidance('az aks show -g {resourceGroup} -n {cluster}', p), 'az aks show -g rg_prod -n aks-prod');
  // Without the cluster name, the group cannot be split out of MC_<group>_<name>_<region>.
  assert.is(providerContext(makeContext(snapshotOf(AKS_NODE), 'aks-1.8'), 'aks').resourceGroup, undefined);
});

test('GKE: the project comes from the provider ID, the location only from the kubeconfig name (a node region is not a zonal location)', () => {
  const p = providerContext(makeContext(snapshotOf(GKE_NODE), 'gke-1.9.0'), 'gke');
  assert.equal([p.project, p.region, p.cluster], ['acme-prod', undefined, undefined]);
  assert.is(fillGuidance('describe {cluster} --location {location} --project {project}', p), 'describe <cluster> --location <location> --project acme-prod');
  const named = providerContext(makeContext(snapshotOf(GKE_NODE, 'gke_acme-prod_europe-west1_prod'), 'gke-1.9.0'), 'gke');
  assert.is(fillGuidance('{cluster} {location} {project}', named), 'prod europe-west1 acme-prod');
});

test('provider nodes are told apart by labels or provider ID', () => {
  const [aks] = snapshotOf(AKS_NODE).resources;
  const [gke] = snapshotOf(GKE_NODE).resources;
  assert.equal([isProviderNode(aks, 'aks'), isProviderNode(aks, 'gke'), isProviderNode(gke, 'gke'), isProviderNode(gke, 'eks')], [true, false, true, false]);
  assert.equal(providerContext(makeContext(snapshotOf(GKE_NODE), 'eks-1.8.0'), 'eks').nodes, []);
});

test('listText', () => {
  assert.is(listText([]), '');
  assert.is(listText(['a']), 'a');
  assert.is(listText(['a', 'b', 'c']), 'a, b and c');
  assert.is(listText(['a', 'b', 'c', 'd', 'e', 'f'], 3), 'a, b, c and 3 more');
});

test('managedSettingRule: cluster scope, notes say where the setting lives, the verdict is manual with guidance and evidence', () => {
  const rule = managedSettingRule({
    id: 'eks-example', title: 'Example', provider: 'eks', assessment: 'manual', severity: 'low', rationale: 'Why.', remediation: 'What.',
    guidance: 'check X: run "aws eks describe-cluster --name {cluster} --region {region}"',
    evidence: (ctx) => ({ seen: ctx.index.byKind('ConfigMap').map((r) => ({ text: `ConfigMap "${r.name}"`, at: r.loc })), none: 'no ConfigMap' }),
  });
  assert.equal(rule.scope, { cluster: true });
  assert.match(rule.notes ?? '', /Amazon EKS keeps this setting in its own API/);
  const none = rule.evaluate({ name: 'c' }, makeContext(snapshotOf(GKE_NODE, 'arn:aws:eks:eu-west-1:111122223333:cluster/prod'), 'eks-1.8.0'));
  assert.equal(none, { status: 'manual', message: 'check X: run "aws eks describe-cluster --name prod --region eu-west-1"; no ConfigMap' });
  const seen = rule.evaluate({ name: 'c' }, makeContext(snapshotOf('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n'), 'eks-1.8.0'));
  assert.is(seen.status, 'manual');
  assert.is(seen.message, 'check X: run "aws eks describe-cluster --name <cluster> --region <region>"; the input shows ConfigMap "a" and ConfigMap "b"');
  assert.equal([seen.loc?.line, seen.loc?.column], [1, 1]);
});

test.run();
