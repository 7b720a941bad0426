// etcd data of the API servers must be encrypted (APIServer spec.encryption.type aescbc, aesgcm or KMS).
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { clusterObject, condition } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

const ENCRYPTING = new Set(['aescbc', 'aesgcm', 'KMS']);

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-encryption',
  title: 'etcd encryption is on for the API servers',
  assessment: 'manual',
  notes:
    'Decided from the APIServer "cluster" object (config.openshift.io): spec.encryption.type unset or identity fails; ' +
    'aescbc, aesgcm or KMS passes once the Encrypted condition of the OpenShiftAPIServer and KubeAPIServer operator ' +
    'objects (when in the dump) reports EncryptionCompleted; while a migration runs it is manual.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'Without encryption at rest, anyone with a copy of etcd or its backups reads every Secret, token and OAuth token in clear text.',
  remediation: 'Set spec.encryption.type to aescbc or aesgcm (or KMS) in apiserver.config.openshift.io/cluster and wait until the operators report EncryptionCompleted.',

  evaluate(_cluster, ctx) {
    const api = clusterObject(ctx, 'config.openshift.io', 'APIServer');
    if (!api) return manual('the APIServer "cluster" object is not in the input: check spec.encryption.type with "oc get apiserver cluster -o yaml"');
    const type = Field.of(api, 'spec', 'encryption', 'type');
    const t = type.str() ?? '';
    if (!ENCRYPTING.has(t)) return fail(type, t === '' ? 'spec.encryption.type is not set, so etcd data is stored unencrypted' : `spec.encryption.type is "${t}", so etcd data is stored unencrypted`);
    const seen: string[] = [];
    for (const kind of ['OpenShiftAPIServer', 'KubeAPIServer']) {
      const op = clusterObject(ctx, 'operator.openshift.io', kind);
      const c = op ? condition(op, 'Encrypted') : undefined;
      if (!c) continue;
      const reason = c.get('reason').str() ?? '';
      if (reason !== 'EncryptionCompleted') return manual(`spec.encryption.type is "${t}", but ${kind} "cluster" reports Encrypted reason "${reason || 'none'}": wait for the migration to finish and check again`, c.get('reason'));
      seen.push(kind);
    }
    const status = seen.length ? `, and ${seen.join(' and ')} report EncryptionCompleted` : '; the operators\' Encrypted conditions are not in the input';
    return pass(type, `spec.encryption.type is "${t}"${status}`);
  },
});
