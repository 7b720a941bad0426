// Controller manager rules (CIS 1.3), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import controllermanagerBindAddress from './controllermanager-bind-address.js';
import controllermanagerProfiling from './controllermanager-profiling.js';
import controllermanagerRootCaFile from './controllermanager-root-ca-file.js';
import controllermanagerRotateKubeletServerCertificate from './controllermanager-rotate-kubelet-server-certificate.js';
import controllermanagerServiceAccountPrivateKeyFile from './controllermanager-service-account-private-key-file.js';
import controllermanagerTerminatedPodGcThreshold from './controllermanager-terminated-pod-gc-threshold.js';
import controllermanagerUseServiceAccountCredentials from './controllermanager-use-service-account-credentials.js';

export const controllerManagerRules: Readonly<Record<string, Rule>> = {
  'controllermanager-bind-address': controllermanagerBindAddress,
  'controllermanager-profiling': controllermanagerProfiling,
  'controllermanager-root-ca-file': controllermanagerRootCaFile,
  'controllermanager-rotate-kubelet-server-certificate': controllermanagerRotateKubeletServerCertificate,
  'controllermanager-service-account-private-key-file': controllermanagerServiceAccountPrivateKeyFile,
  'controllermanager-terminated-pod-gc-threshold': controllermanagerTerminatedPodGcThreshold,
  'controllermanager-use-service-account-credentials': controllermanagerUseServiceAccountCredentials,
};
