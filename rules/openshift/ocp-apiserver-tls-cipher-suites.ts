// kube-apiserver must offer only strong TLS cipher suites and TLS 1.2 or later.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { clusterObject, KUBE_APISERVER_CONFIG, operatorConfig, quoted } from '../../lib/rule/openshift-config.js';
import { isWeakVersion, profileSuites, TLS_PROFILES, weakSuites } from '../../lib/rule/openshift-tls.js';
import type { ClusterTarget, Verdict } from '../../lib/rule/types.js';

function profileVerdict(api: Field): Verdict {
  const type = api.get('type').str() ?? '';
  const name = type || 'Intermediate (the default)';
  const predefined = type === '' ? TLS_PROFILES.Intermediate : TLS_PROFILES[type as keyof typeof TLS_PROFILES];
  const custom = api.get('custom');
  const ciphers = predefined ? predefined.ciphers : custom.get('ciphers').items().map((c) => c.str() ?? '');
  const minVersion = predefined ? predefined.minTLSVersion : custom.get('minTLSVersion').str();
  if (!predefined && type !== 'Custom') return manual(`tlsSecurityProfile type "${type}" is unknown: check the effective cipher suites`, api.get('type'));
  const at = type === 'Custom' ? custom : api;
  if (isWeakVersion(minVersion)) return fail(at, `tlsSecurityProfile ${name} allows ${minVersion}`);
  if (minVersion === 'VersionTLS13') return pass(at, `tlsSecurityProfile ${name} requires TLS 1.3, whose suites are all strong`);
  const { suites } = profileSuites(ciphers);
  const weak = weakSuites(suites);
  if (weak.length > 0) return fail(at, `tlsSecurityProfile ${name} offers weak suites ${quoted(weak)}`);
  if (suites.length === 0) return fail(at, `tlsSecurityProfile ${name} names no suite Go can use, so Go's defaults apply`);
  return pass(at, `tlsSecurityProfile ${name} offers only strong suites`);
}

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-tls-cipher-suites',
  title: 'kube-apiserver offers only strong TLS cipher suites',
  assessment: 'manual',
  notes:
    'Decided from servingInfo.cipherSuites and servingInfo.minTLSVersion of the openshift-kube-apiserver "config" ' +
    'ConfigMap (what the operator rendered from the TLS security profile), else from the APIServer "cluster" ' +
    'tlsSecurityProfile: the Old profile, TLS 1.0/1.1, or any suite that is not ECDHE with AES-GCM or ChaCha20 (or a ' +
    'TLS 1.3 suite) fails. The Intermediate default and Modern pass.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'CBC, RSA key exchange and 3DES suites, and TLS before 1.2, allow downgrade and decryption attacks on API traffic.',
  remediation: 'Use the Intermediate or Modern profile (or a Custom one with ECDHE AES-GCM/ChaCha20 suites and minTLSVersion VersionTLS12) in spec.tlsSecurityProfile of apiserver.config.openshift.io/cluster.',

  evaluate(_cluster, ctx) {
    const api = clusterObject(ctx, 'config.openshift.io', 'APIServer');
    const cfg = operatorConfig(ctx, KUBE_APISERVER_CONFIG);
    if ('verdict' in cfg) {
      if (cfg.verdict.status === 'error') return cfg.verdict;
      if (api) return profileVerdict(Field.of(api, 'spec', 'tlsSecurityProfile'));
      return manual('neither the kube-apiserver configuration nor the APIServer "cluster" object is in the input: check spec.tlsSecurityProfile with "oc get apiserver cluster -o yaml"');
    }
    const serving = Field.of(cfg.doc, 'servingInfo');
    const min = serving.get('minTLSVersion');
    if (isWeakVersion(min.str())) return fail(min, `servingInfo.minTLSVersion is ${min.str()}`);
    if (min.str() === 'VersionTLS13') return pass(min, 'servingInfo.minTLSVersion is VersionTLS13, whose suites are all strong');
    const list = serving.get('cipherSuites');
    const items = list.items().filter((i) => typeof i.value === 'string');
    if (items.length === 0) return fail(list.exists ? list : serving, 'servingInfo.cipherSuites is empty, so Go\'s default suites, CBC ones included, are offered');
    const weak = items.filter((i) => weakSuites([i.str()!]).length > 0);
    if (weak.length > 0) return fail(weak[0], `servingInfo.cipherSuites includes weak suites ${quoted(weak.map((w) => w.str()!))}`);
    const profile = api ? Field.of(api, 'spec', 'tlsSecurityProfile', 'type').str() : undefined;
    return pass(list, `all ${items.length} suites in servingInfo.cipherSuites are strong${profile ? ` (tlsSecurityProfile ${profile})` : ''}`);
  },
});
