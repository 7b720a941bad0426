// File permission and ownership rules (CIS 1.1 and 4.1), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import fileAdminKubeconfigMode from './file-admin-kubeconfig-mode.js';
import fileAdminKubeconfigOwner from './file-admin-kubeconfig-owner.js';
import fileApiserverManifestMode from './file-apiserver-manifest-mode.js';
import fileApiserverManifestOwner from './file-apiserver-manifest-owner.js';
import fileCniConfigMode from './file-cni-config-mode.js';
import fileCniConfigOwner from './file-cni-config-owner.js';
import fileControllermanagerKubeconfigMode from './file-controllermanager-kubeconfig-mode.js';
import fileControllermanagerKubeconfigOwner from './file-controllermanager-kubeconfig-owner.js';
import fileControllermanagerManifestMode from './file-controllermanager-manifest-mode.js';
import fileControllermanagerManifestOwner from './file-controllermanager-manifest-owner.js';
import fileEtcdDataDirMode from './file-etcd-data-dir-mode.js';
import fileEtcdDataDirOwner from './file-etcd-data-dir-owner.js';
import fileEtcdManifestMode from './file-etcd-manifest-mode.js';
import fileEtcdManifestOwner from './file-etcd-manifest-owner.js';
import fileKubeletClientCaMode from './file-kubelet-client-ca-mode.js';
import fileKubeletClientCaMode600 from './file-kubelet-client-ca-mode-600.js';
import fileKubeletClientCaOwner from './file-kubelet-client-ca-owner.js';
import fileKubeletConfigMode from './file-kubelet-config-mode.js';
import fileKubeletConfigMode644 from './file-kubelet-config-mode-644.js';
import fileKubeletConfigOwner from './file-kubelet-config-owner.js';
import fileKubeletKubeconfigMode from './file-kubelet-kubeconfig-mode.js';
import fileKubeletKubeconfigMode644 from './file-kubelet-kubeconfig-mode-644.js';
import fileKubeletKubeconfigOwner from './file-kubelet-kubeconfig-owner.js';
import fileKubeletServiceMode from './file-kubelet-service-mode.js';
import fileKubeletServiceOwner from './file-kubelet-service-owner.js';
import filePkiCertMode from './file-pki-cert-mode.js';
import filePkiCertMode600 from './file-pki-cert-mode-600.js';
import filePkiKeyMode from './file-pki-key-mode.js';
import filePkiOwner from './file-pki-owner.js';
import fileProxyKubeconfigMode from './file-proxy-kubeconfig-mode.js';
import fileProxyKubeconfigOwner from './file-proxy-kubeconfig-owner.js';
import fileSchedulerKubeconfigMode from './file-scheduler-kubeconfig-mode.js';
import fileSchedulerKubeconfigOwner from './file-scheduler-kubeconfig-owner.js';
import fileSchedulerManifestMode from './file-scheduler-manifest-mode.js';
import fileSchedulerManifestOwner from './file-scheduler-manifest-owner.js';

export const fileRules: Readonly<Record<string, Rule>> = {
  'file-admin-kubeconfig-mode': fileAdminKubeconfigMode,
  'file-admin-kubeconfig-owner': fileAdminKubeconfigOwner,
  'file-apiserver-manifest-mode': fileApiserverManifestMode,
  'file-apiserver-manifest-owner': fileApiserverManifestOwner,
  'file-cni-config-mode': fileCniConfigMode,
  'file-cni-config-owner': fileCniConfigOwner,
  'file-controllermanager-kubeconfig-mode': fileControllermanagerKubeconfigMode,
  'file-controllermanager-kubeconfig-owner': fileControllermanagerKubeconfigOwner,
  'file-controllermanager-manifest-mode': fileControllermanagerManifestMode,
  'file-controllermanager-manifest-owner': fileControllermanagerManifestOwner,
  'file-etcd-data-dir-mode': fileEtcdDataDirMode,
  'file-etcd-data-dir-owner': fileEtcdDataDirOwner,
  'file-etcd-manifest-mode': fileEtcdManifestMode,
  'file-etcd-manifest-owner': fileEtcdManifestOwner,
  'file-kubelet-client-ca-mode': fileKubeletClientCaMode,
  'file-kubelet-client-ca-mode-600': fileKubeletClientCaMode600,
  'file-kubelet-client-ca-owner': fileKubeletClientCaOwner,
  'file-kubelet-config-mode': fileKubeletConfigMode,
  'file-kubelet-config-mode-644': fileKubeletConfigMode644,
  'file-kubelet-config-owner': fileKubeletConfigOwner,
  'file-kubelet-kubeconfig-mode': fileKubeletKubeconfigMode,
  'file-kubelet-kubeconfig-mode-644': fileKubeletKubeconfigMode644,
  'file-kubelet-kubeconfig-owner': fileKubeletKubeconfigOwner,
  'file-kubelet-service-mode': fileKubeletServiceMode,
  'file-kubelet-service-owner': fileKubeletServiceOwner,
  'file-pki-cert-mode': filePkiCertMode,
  'file-pki-cert-mode-600': filePkiCertMode600,
  'file-pki-key-mode': filePkiKeyMode,
  'file-pki-owner': filePkiOwner,
  'file-proxy-kubeconfig-mode': fileProxyKubeconfigMode,
  'file-proxy-kubeconfig-owner': fileProxyKubeconfigOwner,
  'file-scheduler-kubeconfig-mode': fileSchedulerKubeconfigMode,
  'file-scheduler-kubeconfig-owner': fileSchedulerKubeconfigOwner,
  'file-scheduler-manifest-mode': fileSchedulerManifestMode,
  'file-scheduler-manifest-owner': fileSchedulerManifestOwner,
};
