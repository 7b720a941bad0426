// gke-google-groups-rbac: manual; Google Groups and individual accounts in bindings are counted.
import rule from '../../../rules/gke/gke-google-groups-rbac.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'manual-groups-and-users.yaml', status: 'manual', at: '14:11', says: ['1 binding subject naming Google Groups ("shop-developers@acme.example")', '1 binding subject naming individual Google accounts'], not: ['bob@'] },
  { fixture: 'manual-no-google-accounts.yaml', status: 'manual', says: ['no RoleBinding or ClusterRoleBinding in the input names a Google account or group'] },
]);
