// ocp-audit-log-forwarding: Audit logs are forwarded off the cluster
import rule from '../../../rules/openshift/ocp-audit-log-forwarding.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-default-store-only.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 19, column: 7 }],
    has: 'audit logs are forwarded only to a store inside the cluster',
  },
  {
    fixture: 'fail-no-audit-pipeline.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 16, column: 3 }],
    has: 'no pipeline of the 1 ClusterLogForwarder in the input forwards audit logs',
  },
  {
    fixture: 'manual-no-forwarder.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'no ClusterLogForwarder is in the input: check how audit logs leave the cluster ("oc get clusterlogforwarders -A" or your own log agent)',
  },
  {
    fixture: 'pass-syslog.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'ClusterLogForwarder "openshift-logging/collector" forwards audit logs to output "siem"',
  },
]);
