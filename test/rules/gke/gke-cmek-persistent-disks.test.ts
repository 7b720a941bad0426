// gke-cmek-persistent-disks: decided from the StorageClasses of the Compute Engine persistent disk provisioners.
import rule from '../../../rules/gke/gke-cmek-persistent-disks.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'pass-kms-key.yaml', status: 'pass', says: ['the persistent disk StorageClass sets a Cloud KMS key'] },
  { fixture: 'fail-default-storage-classes.yaml', status: 'fail', at: '7:1', says: ['StorageClass "standard-rwo" and StorageClass "premium-rwo" create persistent disks without parameters.disk-encryption-kms-key'], not: ['cmek-balanced'] },
  { fixture: 'manual-no-storage-classes.yaml', status: 'manual', says: ['no StorageClass objects are in the input'] },
  { fixture: 'not-applicable-filestore-only.yaml', status: 'not-applicable', says: ['the only StorageClass does not provision Compute Engine persistent disks'] },
]);
