// Workload (pod template) rules, sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import podAddedCapabilities from './pod-added-capabilities.js';
import podAllowPrivilegeEscalation from './pod-allow-privilege-escalation.js';
import podApprovedRegistries from './pod-approved-registries.js';
import podCapabilitiesDropAll from './pod-capabilities-drop-all.js';
import podHostIpc from './pod-host-ipc.js';
import podHostNetwork from './pod-host-network.js';
import podHostPathVolumes from './pod-host-path-volumes.js';
import podHostPid from './pod-host-pid.js';
import podHostPorts from './pod-host-ports.js';
import podNetRawCapability from './pod-net-raw-capability.js';
import podPrivilegedContainers from './pod-privileged-containers.js';
import podRootContainers from './pod-root-containers.js';
import podSeccompProfile from './pod-seccomp-profile.js';
import podSecretsAsEnv from './pod-secrets-as-env.js';
import podSecurityContext from './pod-security-context.js';
import podServiceAccountTokenAutomount from './pod-service-account-token-automount.js';
import podWindowsHostProcess from './pod-windows-host-process.js';

export const workloadRules: Readonly<Record<string, Rule>> = {
  'pod-added-capabilities': podAddedCapabilities,
  'pod-allow-privilege-escalation': podAllowPrivilegeEscalation,
  'pod-approved-registries': podApprovedRegistries,
  'pod-capabilities-drop-all': podCapabilitiesDropAll,
  'pod-host-ipc': podHostIpc,
  'pod-host-network': podHostNetwork,
  'pod-host-path-volumes': podHostPathVolumes,
  'pod-host-pid': podHostPid,
  'pod-host-ports': podHostPorts,
  'pod-net-raw-capability': podNetRawCapability,
  'pod-privileged-containers': podPrivilegedContainers,
  'pod-root-containers': podRootContainers,
  'pod-seccomp-profile': podSeccompProfile,
  'pod-secrets-as-env': podSecretsAsEnv,
  'pod-security-context': podSecurityContext,
  'pod-service-account-token-automount': podServiceAccountTokenAutomount,
  'pod-windows-host-process': podWindowsHostProcess,
};
