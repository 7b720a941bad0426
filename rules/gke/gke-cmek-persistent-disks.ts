// Persistent disks should be encrypted with a customer-managed key: StorageClasses of the PD CSI driver set one.
import { fail, notApplicable, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { describe, listText, managedSettingRule } from '../../lib/rule/managed.js';

const PD_PROVISIONERS = new Set(['pd.csi.storage.gke.io', 'kubernetes.io/gce-pd']);
const KEY = 'disk-encryption-kms-key';

export default managedSettingRule({
  id: 'gke-cmek-persistent-disks',
  title: 'Persistent disks are encrypted with a customer-managed key',
  provider: 'gke',
  assessment: 'manual',
  notes: `Manual in the benchmark; decided from StorageClass objects: every StorageClass of the Compute Engine persistent disk provisioners must set parameters.${KEY}. Disks created before the key was set keep Google-managed encryption. Without StorageClass objects (a default collection leaves them out) the control is manual.`,
  severity: 'medium',
  rationale: 'A key you manage puts access to volume data, snapshots included, under your control and audit, and lets you revoke it.',
  remediation: `Set parameters.${KEY} to a Cloud KMS key in every persistent disk StorageClass (and grant the Compute Engine service agent the encrypter/decrypter role on it), then move volumes to those classes.`,
  guidance: 'check that every persistent disk StorageClass names a Cloud KMS key: run "kubectl get storageclass -o yaml", or collect storageclasses.storage.k8s.io into the bundle',
  evidence(ctx) {
    const classes = ctx.index.byKind('StorageClass');
    if (classes.length === 0) return { seen: [], none: 'no StorageClass objects are in the input' };
    const pd = classes.filter((c) => PD_PROVISIONERS.has(Field.of(c, 'provisioner').str() ?? ''));
    if (pd.length === 0) return { verdict: notApplicable(`${classes.length === 1 ? 'the only StorageClass does not provision' : `none of the ${classes.length} StorageClasses provisions`} Compute Engine persistent disks`) };
    const without = pd.filter((c) => !(Field.of(c, 'parameters', KEY).str() ?? '').trim());
    if (without.length) {
      const at = Field.of(without[0], 'parameters').exists ? Field.of(without[0], 'parameters') : Field.of(without[0], 'provisioner');
      return { verdict: fail(at, `${listText(without.map(describe))} ${without.length === 1 ? 'creates' : 'create'} persistent disks without parameters.${KEY}, so Google-managed keys encrypt them`) };
    }
    return { verdict: pass(Field.of(pd[0], 'parameters', KEY), `${pd.length === 1 ? 'the persistent disk StorageClass sets' : `all ${pd.length} persistent disk StorageClasses set`} a Cloud KMS key`) };
  },
});
