// ocp-apiserver-encryption: etcd encryption is on for the API servers
import rule from '../../../rules/openshift/ocp-apiserver-encryption.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-identity.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 19, column: 11 }],
    has: 'spec.encryption.type is "identity", so etcd data is stored unencrypted',
  },
  {
    fixture: 'fail-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 15, column: 1 }],
    has: 'spec.encryption.type is not set, so etcd data is stored unencrypted',
  },
  {
    fixture: 'manual-migration-running.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 39, column: 13 }],
    has: 'spec.encryption.type is "aescbc", but OpenShiftAPIServer "cluster" reports Encrypted reason "EncryptionInProgress": wait for the migration to finish and check again',
  },
  {
    fixture: 'manual-no-apiserver.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'the APIServer "cluster" object is not in the input: check spec.encryption.type with "oc get apiserver cluster -o yaml"',
  },
  {
    fixture: 'pass-aescbc-completed.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'spec.encryption.type is "aescbc", and OpenShiftAPIServer and KubeAPIServer report EncryptionCompleted',
  },
  {
    fixture: 'pass-aesgcm-no-conditions.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'spec.encryption.type is "aesgcm"; the operators\' Encrypted conditions are not in the input',
  },
]);
