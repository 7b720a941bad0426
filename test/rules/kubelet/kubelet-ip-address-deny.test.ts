// kubelet-ip-address-deny: provider node bundles (EKS, AKS, GKE) and nodes known only through the API.
import rule from '../../../rules/kubelet/kubelet-ip-address-deny.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const EKS = 'ip-10-0-12-34.eu-west-1.compute.internal';
const GKE = 'gke-prod-default-pool-1a2b3c4d-xyz1';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-drop-in-deny-any', want: [{ node: EKS, status: 'pass', at: 'files/etc/systemd/system/kubelet.service.d/20-ip-access.conf:3:1', has: 'IPAddressDeny is "any" (from "/etc/systemd/system/kubelet.service.d/20-ip-access.conf") and IPAddressAllow is "localhost 10.0.0.0/16 172.20.0.0/16"' }] },
  { fixture: 'fail-eks-unit-without-deny', want: [{ node: EKS, status: 'fail', at: 'files/etc/systemd/system/kubelet.service:1:1', has: 'no IPAddressDeny in the kubelet unit files' }] },
  { fixture: 'fail-reset-by-later-drop-in', want: [{ node: EKS, status: 'fail', at: 'files/etc/systemd/system/kubelet.service.d/90-metadata.conf:4:1', has: 'IPAddressDeny is "169.254.169.254"' }] },
  { fixture: 'manual-api-only', want: [{ node: GKE, status: 'manual', has: 'systemctl show kubelet -p IPAddressDeny' }] },
]);
