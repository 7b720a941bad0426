// Kubelet rules (CIS 4.2), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import kubeletAnonymousAuth from './kubelet-anonymous-auth.js';
import kubeletAuthorizationMode from './kubelet-authorization-mode.js';
import kubeletClientCaFile from './kubelet-client-ca-file.js';
import kubeletEventQps from './kubelet-event-qps.js';
import kubeletGarbageCollection from './kubelet-garbage-collection.js';
import kubeletHostnameOverride from './kubelet-hostname-override.js';
import kubeletIpAddressDeny from './kubelet-ip-address-deny.js';
import kubeletKubeApiQps from './kubelet-kube-api-qps.js';
import kubeletMakeIptablesUtilChains from './kubelet-make-iptables-util-chains.js';
import kubeletPodPidsLimit from './kubelet-pod-pids-limit.js';
import kubeletReadOnlyPort from './kubelet-read-only-port.js';
import kubeletRotateCertificates from './kubelet-rotate-certificates.js';
import kubeletRotateServerCertificates from './kubelet-rotate-server-certificates.js';
import kubeletSeccompDefault from './kubelet-seccomp-default.js';
import kubeletStreamingConnectionIdleTimeout from './kubelet-streaming-connection-idle-timeout.js';
import kubeletTlsCert from './kubelet-tls-cert.js';
import kubeletTlsCipherSuites from './kubelet-tls-cipher-suites.js';
import kubeletTlsCipherSuitesRsaAllowed from './kubelet-tls-cipher-suites-rsa-allowed.js';

export const kubeletRules: Readonly<Record<string, Rule>> = {
  'kubelet-anonymous-auth': kubeletAnonymousAuth,
  'kubelet-authorization-mode': kubeletAuthorizationMode,
  'kubelet-client-ca-file': kubeletClientCaFile,
  'kubelet-event-qps': kubeletEventQps,
  'kubelet-garbage-collection': kubeletGarbageCollection,
  'kubelet-hostname-override': kubeletHostnameOverride,
  'kubelet-ip-address-deny': kubeletIpAddressDeny,
  'kubelet-kube-api-qps': kubeletKubeApiQps,
  'kubelet-make-iptables-util-chains': kubeletMakeIptablesUtilChains,
  'kubelet-pod-pids-limit': kubeletPodPidsLimit,
  'kubelet-read-only-port': kubeletReadOnlyPort,
  'kubelet-rotate-certificates': kubeletRotateCertificates,
  'kubelet-rotate-server-certificates': kubeletRotateServerCertificates,
  'kubelet-seccomp-default': kubeletSeccompDefault,
  'kubelet-streaming-connection-idle-timeout': kubeletStreamingConnectionIdleTimeout,
  'kubelet-tls-cert': kubeletTlsCert,
  'kubelet-tls-cipher-suites': kubeletTlsCipherSuites,
  'kubelet-tls-cipher-suites-rsa-allowed': kubeletTlsCipherSuitesRsaAllowed,
};
