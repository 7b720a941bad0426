// ocp-image-provenance: Image sources are restricted or verified
import rule from '../../../rules/openshift/ocp-image-provenance.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-no-restriction.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 13, column: 1 }],
    has: 'neither allowedRegistries nor a ClusterImagePolicy restricts where images come from',
  },
  {
    fixture: 'manual-blocked-only.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 15, column: 5 }],
    has: 'only blockedRegistries "docker.io" is set: images from every other registry are still pulled; confirm this is intended',
  },
  {
    fixture: 'manual-no-image-config.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'the Image "cluster" object is not in the input: check spec.registrySources with "oc get image.config.openshift.io cluster -o yaml"',
  },
  {
    fixture: 'pass-allowed-registries.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'nodes pull only from the allowed registries "quay.io/openshift-release-dev", "registry.redhat.io", "registry.access.redhat.com", "image-registry.openshift-image-registry.svc:5000", "registry.corp.example.com"',
  },
  {
    fixture: 'pass-cluster-image-policy.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'ClusterImagePolicy "corp-signed" verifies image signatures',
  },
]);
