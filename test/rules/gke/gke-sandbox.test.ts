// gke-sandbox: manual; the gvisor RuntimeClass, sandboxed nodes and workloads using gVisor are evidence.
import rule from '../../../rules/gke/gke-sandbox.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'manual-gvisor-in-use.yaml', status: 'manual', at: '2:1', says: ['RuntimeClass "gvisor"', '1 sandboxed GKE node ("gke-prod-sandbox-pool-1a2b3c4d-xyz2")', '1 of 2 workloads with runtimeClassName: gvisor'] },
  { fixture: 'manual-no-sandbox.yaml', status: 'manual', says: ['no gvisor RuntimeClass, sandboxed node or workload using gVisor is in the input (1 workload)'] },
]);
