#!/usr/bin/env node
// Writes docs/rules-needed.md: every rule id a shipped benchmark names that has no rule module yet, grouped by
// benchmark, with what the new (non cis-1.12) rules should check. Run from the repository root:
//   node scripts/rules-needed.mjs
// A rule exists when rules/**/<id>.ts exists (a rule's id equals its file name).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What each rule id introduced after cis-1.12 should decide, in our own words. */
const HINTS = {
  // Generic benchmarks before cis-1.12
  'apiserver-tls-cipher-suites-cbc-allowed': 'API server --tls-cipher-suites limited to the cis-1.11/1.10 list, which still allows the ECDHE CBC-SHA suites. Same logic as apiserver-tls-cipher-suites with a different allow-list.',
  'kubelet-tls-cipher-suites-rsa-allowed': 'Kubelet tlsCipherSuites / --tls-cipher-suites limited to the cis-1.11/1.10 list, which also allows TLS_RSA_WITH_AES_128/256_GCM. Same logic as kubelet-tls-cipher-suites with a different allow-list.',
  'kubelet-ip-address-deny': 'The kubelet systemd unit (or drop-in) sets IPAddressDeny=any with explicit IPAddressAllow entries. kube-bench looks for a kubelet flag or config key of that name; the setting lives in the unit file.',
  'pod-capabilities-drop-all': 'Containers drop ALL capabilities (securityContext.capabilities.drop contains ALL), adding back only what they need. In cis-1.12 the same recommendation is 5.2.9.',
  'file-pki-cert-mode-600': 'Certificate files under /etc/kubernetes/pki are 600 or stricter (cis-1.10; later versions accept 644). Same helper as file-pki-cert-mode.',
  'file-kubelet-client-ca-mode-600': 'The kubelet client CA file (authentication.x509.clientCAFile / --client-ca-file) is 600 or stricter (cis-1.10; later versions accept 644).',
  // Shared by the managed-service benchmarks
  'file-kubelet-kubeconfig-mode-644': 'The kubelet kubeconfig (from --kubeconfig; EKS/GKE/AKS use /var/lib/kubelet/kubeconfig) is 644 or stricter. Same helper as file-kubelet-kubeconfig-mode with mode 644.',
  'file-kubelet-config-mode-644': 'The kubelet config file (from --config; EKS /etc/kubernetes/kubelet/kubelet-config.json, GKE /home/kubernetes/kubelet-config.yaml or /etc/kubernetes/kubelet-config.yaml) is 644 or stricter.',
  'pod-approved-registries': 'Every container image (init and ephemeral too) comes from a registry on the allow-list passed in scan options; manual with the list of registries seen when no allow-list is configured.',
  'rbac-anonymous-bindings': 'No RoleBinding or ClusterRoleBinding names the user system:anonymous.',
  'rbac-unauthenticated-bindings': 'No binding names the group system:unauthenticated, apart from the default ClusterRoleBinding system:public-info-viewer.',
  'rbac-authenticated-bindings': 'No binding names the group system:authenticated, apart from the defaults system:basic-user, system:discovery and system:public-info-viewer.',
  'namespace-pod-security-admission-baseline': 'Every namespace enforces Pod Security Standard baseline or restricted (pod-security.kubernetes.io/enforce label, or the cluster-wide admission default).',
  'kubelet-garbage-collection': 'The kubelet config sets evictionHard, imageGCHighThresholdPercent, imageGCLowThresholdPercent and imageMinimumGCAge deliberately (OpenShift 4.2.1).',
  'kubelet-kube-api-qps': 'The kubelet config kubeAPIQPS is set to a positive value (OpenShift names this setting for event capture).',
  // EKS
  'eks-control-plane-audit-logs': 'EKS control-plane logging has the audit log type enabled. Only the AWS API shows it: manual unless the bundle carries the cluster description.',
  'eks-audit-log-collection': 'EKS audit logs are collected to CloudWatch (or another store) with retention set. Manual with guidance.',
  'eks-cluster-access-manager': 'The cluster uses EKS access entries (authenticationMode API or API_AND_CONFIG_MAP) instead of only the aws-auth ConfigMap; the aws-auth ConfigMap in the dump is evidence.',
  'eks-ecr-image-scanning': 'ECR scan on push or enhanced scanning is enabled for the repositories in use. Manual.',
  'eks-ecr-user-access': 'IAM access to ECR repositories is limited to those who need it. Manual.',
  'eks-ecr-cluster-read-only': 'The node role has read-only ECR access (AmazonEC2ContainerRegistryReadOnly). Manual.',
  'eks-dedicated-service-accounts': 'Workloads that call AWS use IAM roles for service accounts or Pod Identity (eks.amazonaws.com/role-arn annotations) rather than the node role.',
  'eks-secrets-kms-encryption': 'Envelope encryption of Secrets with a KMS key is enabled on the cluster. Manual unless the cluster description is in the bundle.',
  'eks-endpoint-access-restricted': 'The public API endpoint is disabled or limited to specific CIDRs. Manual.',
  'eks-endpoint-private': 'Private endpoint access enabled and public access disabled. Manual.',
  'eks-private-nodes': 'Nodes have no public IP addresses (Node status addresses of type ExternalIP are evidence).',
  'eks-network-policy-enabled': 'A network policy engine is running (VPC CNI network policy agent, Calico, Cilium) and NetworkPolicies exist.',
  'eks-load-balancer-tls': 'Services of type LoadBalancer and Ingresses that are internet-facing terminate TLS (aws-load-balancer-ssl-cert annotations, ALB listeners on 443).',
  'eks-iam-authenticator': 'Users authenticate through IAM (aws-auth mappings or access entries), not static certificates or tokens. Manual with what was seen.',
  // AKS
  'aks-control-plane-audit-logs': 'AKS diagnostic settings send kube-audit logs to a workspace or storage. Manual.',
  'aks-file-azure-json-mode': '/etc/kubernetes/azure.json on each node is 644 or stricter (the benchmark names this file; kube-bench checks the kubelet config instead).',
  'aks-file-azure-json-owner': '/etc/kubernetes/azure.json on each node is owned by root:root.',
  'aks-cni-latest-version': 'The CNI plugin (Azure CNI, kubenet, Cilium) is a current version; report the versions seen in the kube-system DaemonSets. Manual.',
  'aks-image-vulnerability-scanning': 'Microsoft Defender for Containers (or another scanner) scans images. Manual; a Defender DaemonSet in kube-system is evidence.',
  'aks-acr-user-access': 'User access to Azure Container Registry is limited. Manual.',
  'aks-acr-cluster-read-only': 'The cluster identity has only AcrPull on the registries. Manual.',
  'aks-dedicated-service-accounts': 'Workloads that call Azure use workload identity (azure.workload.identity/client-id annotations) rather than the node identity.',
  'aks-secrets-kms-encryption': 'KMS etcd encryption with an Azure Key Vault key is enabled. Manual.',
  'aks-endpoint-access-restricted': 'Authorized IP ranges restrict the API server endpoint, or the cluster is private. Manual.',
  'aks-endpoint-private': 'The cluster is a private cluster. Manual.',
  'aks-private-nodes': 'Nodes have no public IP addresses (Node ExternalIP addresses are evidence).',
  'aks-network-policy-enabled': 'A network policy engine (Azure, Calico, Cilium) is enabled and NetworkPolicies exist.',
  'aks-load-balancer-tls': 'Internet-facing Services and Ingresses terminate TLS.',
  'aks-entra-id-integration': 'AKS-managed Microsoft Entra ID integration is enabled and local accounts are disabled. Manual; kubeconfig-free evidence is limited.',
  'aks-azure-rbac': 'Azure RBAC for Kubernetes authorization is enabled. Manual.',
  // GKE
  'gke-image-vulnerability-scanning': 'Artifact Analysis scanning is enabled for the project. Manual (cloud API).',
  'gke-registry-user-access': 'User access to Artifact Registry is limited. Manual.',
  'gke-registry-cluster-read-only': 'Node service accounts have read-only registry access. Manual.',
  'gke-binary-authorization': 'Binary Authorization enforces a policy for the cluster. Manual unless the cluster description is in the bundle.',
  'gke-node-service-account-not-default': 'Node pools do not run as the Compute Engine default service account. Manual (cloud API).',
  'gke-workload-identity': 'Workload Identity is enabled (iam.gke.io/gcp-service-account annotations, the gke-metadata-server DaemonSet).',
  'gke-secrets-kms-encryption': 'Application-layer Secrets encryption with a Cloud KMS key is enabled. Manual.',
  'gke-metadata-server': 'The GKE metadata server is enabled on every node pool (iam.gke.io/gke-metadata-server-enabled node label).',
  'gke-node-image-cos': 'Nodes run Container-Optimized OS with containerd (cloud.google.com/gke-os-distribution=cos node label, node osImage).',
  'gke-node-auto-repair': 'Node auto-repair is enabled on every node pool. Manual (cloud API).',
  'gke-node-auto-upgrade': 'Node auto-upgrade is enabled on every node pool. Manual (cloud API).',
  'gke-release-channel': 'The cluster is enrolled in a release channel. Manual (cloud API).',
  'gke-shielded-nodes': 'Shielded GKE nodes are enabled. Manual (cloud API).',
  'gke-shielded-nodes-integrity-monitoring': 'Integrity monitoring is enabled on shielded nodes. Manual (cloud API).',
  'gke-shielded-nodes-secure-boot': 'Secure boot is enabled on shielded nodes. Manual (cloud API).',
  'gke-vpc-flow-logs': 'VPC flow logs and intranode visibility are enabled. Manual (cloud API).',
  'gke-vpc-native': 'The cluster is VPC-native (alias IPs). Manual; pod CIDRs on Nodes are weak evidence.',
  'gke-control-plane-authorized-networks': 'Control plane authorized networks are enabled. Manual (cloud API).',
  'gke-endpoint-private': 'Private endpoint enabled and public endpoint access disabled. Manual (cloud API).',
  'gke-private-nodes': 'Nodes have no external IPs (cloud.google.com/private-node=true label, Node ExternalIP addresses).',
  'gke-node-firewall': 'Firewall rules limit traffic to nodes. Manual.',
  'gke-managed-ssl-certificates': 'External Ingresses use Google-managed certificates (networking.gke.io/managed-certificates annotation naming existing ManagedCertificate objects).',
  'gke-logging-monitoring': 'Cloud Logging and Cloud Monitoring are enabled. Manual; logging agents in kube-system are evidence.',
  'gke-linux-auditd-logging': 'Linux auditd logs are collected from nodes. Manual.',
  'gke-client-certificate-auth-disabled': 'Client certificate issuance is disabled for the cluster. Manual (cloud API).',
  'gke-google-groups-rbac': 'RBAC bindings use Google Groups (gke-security-groups) rather than individual users. Manual with the bindings seen.',
  'gke-legacy-abac-disabled': 'Legacy ABAC authorization is disabled. Manual (cloud API).',
  'gke-cmek-persistent-disks': 'StorageClasses for persistent disks set disk-encryption-kms-key. Decidable from StorageClass objects.',
  'gke-cmek-boot-disks': 'Node boot disks use a customer-managed key. Manual (cloud API).',
  'gke-web-ui-disabled': 'The Kubernetes dashboard add-on is not deployed (no kubernetes-dashboard Deployment).',
  'gke-alpha-clusters-not-used': 'The cluster is not an alpha cluster. Manual (cloud API).',
  'gke-sandbox': 'Untrusted workloads run with runtimeClassName gvisor. Manual with the workloads seen.',
  'gke-security-posture': 'GKE security posture dashboard is enabled. Manual (cloud API).',
  // OpenShift: files on control-plane nodes (operator-managed revision directories)
  'ocp-file-apiserver-pod-mode': 'kube-apiserver-pod.yaml under /etc/kubernetes/static-pod-resources/ is 600 or stricter.',
  'ocp-file-apiserver-pod-owner': 'kube-apiserver-pod.yaml under /etc/kubernetes/static-pod-resources/ is owned by root:root.',
  'ocp-file-controllermanager-pod-mode': 'kube-controller-manager-pod.yaml under static-pod-resources is 600 or stricter.',
  'ocp-file-controllermanager-pod-owner': 'kube-controller-manager-pod.yaml under static-pod-resources is owned by root:root.',
  'ocp-file-scheduler-pod-mode': 'kube-scheduler-pod.yaml under static-pod-resources is 600 or stricter.',
  'ocp-file-scheduler-pod-owner': 'kube-scheduler-pod.yaml under static-pod-resources is owned by root:root.',
  'ocp-file-etcd-pod-mode': '/etc/kubernetes/manifests/etcd-pod.yaml is 600 or stricter.',
  'ocp-file-etcd-pod-owner': '/etc/kubernetes/manifests/etcd-pod.yaml is owned by root:root.',
  'ocp-file-cni-mode': 'Files under /etc/cni/net.d, /var/run/multus/cni/net.d and the OVN/SDN state directories are 600 or stricter.',
  'ocp-file-cni-owner': 'The same CNI files are owned by root:root.',
  'ocp-file-etcd-data-dir-mode': '/var/lib/etcd/member is 700 or stricter.',
  'ocp-file-etcd-data-dir-owner': '/var/lib/etcd/member is owned by etcd:etcd as the benchmark states (kube-bench tests root:root); see the recommendation note.',
  'ocp-file-admin-kubeconfig-mode': '/etc/kubernetes/kubeconfig is 600 or stricter.',
  'ocp-file-admin-kubeconfig-owner': '/etc/kubernetes/kubeconfig is owned by root:root.',
  'ocp-file-scheduler-kubeconfig-mode': 'The scheduler kubeconfig under static-pod-resources/configmaps/scheduler-kubeconfig is 600 or stricter.',
  'ocp-file-scheduler-kubeconfig-owner': 'The scheduler kubeconfig is owned by root:root.',
  'ocp-file-controllermanager-kubeconfig-mode': 'The controller-manager kubeconfig under static-pod-resources/configmaps/controller-manager-kubeconfig is 600 or stricter.',
  'ocp-file-controllermanager-kubeconfig-owner': 'The controller-manager kubeconfig is owned by root:root.',
  'ocp-file-pki-owner': 'Secrets under /etc/kubernetes/static-pod-certs and static-pod-resources are owned by root:root.',
  'ocp-file-pki-cert-mode': 'Certificate files under static-pod-certs and static-pod-resources secrets are 600 or stricter.',
  'ocp-file-pki-key-mode': 'Key files under static-pod-certs and static-pod-resources secrets are 600 or stricter.',
  'ocp-file-kubelet-service-mode': '/etc/systemd/system/kubelet.service is 644 or stricter.',
  'ocp-file-kubelet-service-owner': '/etc/systemd/system/kubelet.service is owned by root:root.',
  'ocp-file-proxy-config-mode': 'The kube-proxy (or OVN/SDN) config file, /config/kube-proxy-config.yaml in the network pod, is 644 or stricter, when present.',
  'ocp-file-proxy-config-owner': 'The same kube-proxy config file is owned by root:root, when present.',
  // OpenShift: API server and controllers, read from operator ConfigMaps and custom resources
  'ocp-apiserver-anonymous-access': 'Review what system:unauthenticated may do: its bindings should be only the OpenShift defaults (self-access reviews, discovery, health).',
  'ocp-apiserver-kubelet-https': 'The API server reaches kubelets over HTTPS with a client certificate (openshift-kube-apiserver/config apiServerArguments).',
  'ocp-apiserver-kubelet-client-cert': 'apiServerArguments kubelet-client-certificate/key point at the kubelet-client secret, which is of type kubernetes.io/tls.',
  'ocp-apiserver-kubelet-certificate-authority': 'apiServerArguments kubelet-certificate-authority names the kubelet-serving CA bundle.',
  'ocp-apiserver-authorization-not-always-allow': 'apiServerArguments authorization-mode does not contain AlwaysAllow.',
  'ocp-apiserver-authorization-rbac': 'apiServerArguments authorization-mode contains RBAC (or is left at the OpenShift default, which does).',
  'ocp-apiserver-priority-and-fairness': 'API Priority and Fairness is on (KubeAPIServer observedConfig feature-gates, FlowSchema objects present).',
  'ocp-apiserver-admission-always-admit': 'enable-admission-plugins does not contain AlwaysAdmit.',
  'ocp-apiserver-admission-always-pull-images': 'AlwaysPullImages is enabled, as the benchmark states (kube-bench checks the opposite); see the recommendation note.',
  'ocp-apiserver-admission-service-account': 'enable-admission-plugins contains ServiceAccount (or it is not disabled).',
  'ocp-apiserver-admission-namespace-lifecycle': 'enable-admission-plugins contains NamespaceLifecycle (or it is not disabled).',
  'ocp-apiserver-admission-scc': 'enable-admission-plugins contains security.openshift.io/SecurityContextConstraint.',
  'ocp-apiserver-admission-node-restriction': 'enable-admission-plugins contains NodeRestriction.',
  'ocp-apiserver-insecure-bind-address': 'No insecure-bind-address in the KubeAPIServer observedConfig; endpoints listen only on 6443/8443.',
  'ocp-apiserver-insecure-port': 'No insecure port: the openshift-kube-apiserver endpoints expose only the secure port 6443.',
  'ocp-apiserver-secure-port': 'servingInfo.bindAddress listens on the secure port (0.0.0.0:6443).',
  'ocp-apiserver-healthz-rbac': 'Health endpoints are reachable only through the system:openshift:public-info-viewer style defaults; no extra unauthenticated access.',
  'ocp-apiserver-audit-log-path': 'audit-log-path is set for kube-apiserver and openshift-apiserver.',
  'ocp-audit-log-forwarding': 'Audit logs are forwarded off the cluster (ClusterLogForwarder with an audit input). Manual if the logging operator is absent.',
  'ocp-apiserver-audit-log-maxbackup': 'audit-log-maxbackup is 10 or more.',
  'ocp-apiserver-audit-log-maxsize': 'audit-log-maxsize is 100 or more.',
  'ocp-apiserver-request-timeout': 'min-request-timeout (and request-timeout) are set to deliberate values.',
  'ocp-apiserver-service-account-lookup': 'service-account-lookup is true.',
  'ocp-apiserver-service-account-key-file': 'serviceAccountPublicKeyFiles include the sa-token-signing-certs and bound-sa-token-signing-certs bundles.',
  'ocp-apiserver-etcd-client-cert': 'etcd-certfile/keyfile point at the etcd-client secret.',
  'ocp-apiserver-tls-cert': 'tls-cert-file/tls-private-key-file point at the service-network serving cert.',
  'ocp-apiserver-client-ca-file': 'servingInfo.clientCA names the client-ca bundle.',
  'ocp-apiserver-etcd-cafile': 'etcd-cafile names the etcd-serving-ca bundle.',
  'ocp-apiserver-encryption': 'APIServer spec.encryption.type is aescbc or aesgcm and the OpenShiftAPIServer/KubeAPIServer Encrypted condition reports completion.',
  'ocp-apiserver-tls-cipher-suites': 'The APIServer tlsSecurityProfile (Intermediate/Modern or a custom list) offers only strong suites.',
  'ocp-apiserver-unsupported-config-overrides': 'KubeAPIServer (and the other operators) have spec.unsupportedConfigOverrides null.',
  'ocp-controllermanager-healthz-rbac': 'Controller manager health endpoints need authorization beyond the defaults. Manual with what was seen.',
  'ocp-controllermanager-use-service-account-credentials': 'openshift-kube-controller-manager/config extendedArguments use-service-account-credentials is true.',
  'ocp-controllermanager-service-account-private-key-file': 'extendedArguments service-account-private-key-file names the service-account-private-key secret.',
  'ocp-controllermanager-root-ca-file': 'extendedArguments root-ca-file names the serviceaccount-ca bundle.',
  'ocp-scheduler-healthz-rbac': 'Scheduler health endpoints need authorization beyond the defaults. Manual.',
  'ocp-scheduler-api-rbac': 'The scheduler API is served securely and protected by RBAC. Manual.',
  'ocp-audit-profile': 'The APIServer audit profile is not None (spec.audit.profile Default, WriteRequestBodies or AllRequestBodies).',
  'ocp-audit-profile-coverage': 'The audit profile and customRules cover reads and writes of Secrets, RBAC and exec (WriteRequestBodies or stronger). Manual with the profile seen.',
  // OpenShift: kubelet and workloads
  'ocp-kubelet-tls-cert': 'Kubelet serving certificates are issued and rotated by the cluster (serverTLSBootstrap, approved kubelet-serving CSRs) and the API server uses the kubelet client certificate.',
  'ocp-kubelet-tls-cipher-suites': 'The kubelet offers only strong cipher suites (tlsCipherSuites in the kubelet config, set from the cluster TLS profile).',
  'ocp-scc-privileged': 'SecurityContextConstraints that allow privileged containers are limited to the defaults and not granted broadly.',
  'ocp-scc-host-pid': 'SCCs that allow host PID are limited to the defaults and not granted broadly (kube-bench inverts this check); see the recommendation note.',
  'ocp-scc-host-ipc': 'SCCs that allow host IPC are limited to the defaults and not granted broadly.',
  'ocp-scc-host-network': 'SCCs that allow host network are limited to the defaults and not granted broadly.',
  'ocp-scc-allow-privilege-escalation': 'SCCs that allow privilege escalation are limited to the defaults and not granted broadly.',
  'ocp-scc-root': 'SCCs that let containers run as root (runAsUser RunAsAny) are limited to the defaults and not granted broadly.',
  'ocp-scc-net-raw': 'SCCs used by workloads drop NET_RAW (requiredDropCapabilities contains ALL or NET_RAW).',
  'ocp-scc-added-capabilities': 'SCCs used by workloads set no allowedCapabilities or defaultAddCapabilities beyond what is reviewed.',
  'ocp-scc-capabilities-drop-all': 'SCCs used by workloads require dropping ALL capabilities.',
  'ocp-scc-privileged-access': 'RBAC grants use of the privileged (and anyuid, hostaccess, hostnetwork) SCCs only to the accounts that need them.',
  'ocp-image-provenance': 'image.config.openshift.io registrySources (allowedRegistries/blockedRegistries) and signature policy restrict image sources.',
};

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!name.endsWith('.fixtures')) walk(p, out);
    } else if (name.endsWith('.ts') && name !== 'index.ts') out.push(name.slice(0, -3));
  }
  return out;
}

const existing = new Set(walk(path.join(root, 'rules')));
const readJson = (...p) => JSON.parse(readFileSync(path.join(root, ...p), 'utf8'));
const index = readJson('lib', 'data', 'benchmarks', 'index.json').benchmarks;
const benchmarks = index.map((e) => readJson('lib', 'data', 'benchmarks', `${e.id}.json`));
const base = new Set(benchmarks.find((b) => b.id === 'cis-1.12').recommendations.flatMap((r) => r.rules));

const missingIds = new Set();
const sections = [];
for (const b of benchmarks) {
  const rows = [];
  for (const r of b.recommendations) {
    for (const id of r.rules) {
      if (existing.has(id)) continue;
      missingIds.add(id);
      const hint = HINTS[id] ?? (base.has(id) ? '' : '(no description yet)');
      rows.push(`| ${r.id} | ${r.assessment} | \`${id}\` | ${base.has(id) ? 'cis-1.12' : 'new'} | ${hint.replace(/\|/g, '\\|')} |`);
    }
  }
  const total = b.recommendations.length;
  sections.push(
    `## ${b.id} — ${b.title}`,
    '',
    rows.length === 0
      ? `All ${total} recommendations have their rules.`
      : `${rows.length} of ${total} recommendations lack a rule.\n\n| Control | Assessment | Rule id | Introduced by | What it should decide |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}`,
    '',
  );
}

const unknownHints = Object.keys(HINTS).filter((id) => !benchmarks.some((b) => b.recommendations.some((r) => r.rules.includes(id))));
if (unknownHints.length) {
  process.stderr.write(`rules-needed: hints for ids no benchmark uses: ${unknownHints.join(', ')}\n`);
  process.exitCode = 1;
}

const doc = [
  '# Rules still to write',
  '',
  'Generated by `node scripts/rules-needed.mjs` from lib/data/benchmarks/*.json and the rule files under rules/',
  '(a rule exists when `rules/**/<id>.ts` exists). Regenerate after adding rules; do not edit by hand.',
  '',
  `${missingIds.size} distinct rule ids are named by a benchmark but have no rule module yet.`,
  '"Introduced by" says whether the id is shared with cis-1.12 or was added for this benchmark; the last column',
  'describes what the new ids should decide. Where a recommendation carries a `note` in its benchmark file, the rule',
  'follows the benchmark rather than the known defect of kube-bench\'s data.',
  '',
  ...sections,
].join('\n');
writeFileSync(path.join(root, 'docs', 'rules-needed.md'), doc.endsWith('\n') ? doc : `${doc}\n`);
process.stdout.write(`docs/rules-needed.md: ${missingIds.size} rule ids without a module\n`);
