// The kubelet's TLS cipher suites against a benchmark's list of strong suites, shared by the rule of each list.
import type { NodeFacts } from '../model/types.js';
import { error, fail, pass } from './define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from './kubelet.js';
import type { RuleContext, Verdict } from './types.js';

/** The TLS 1.3 suites: Go fixes them and they are all AEAD, so every list accepts them. */
export const TLS13_SUITES: readonly string[] = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];

/**
 * Every suite in the effective tlsCipherSuites / --tls-cipher-suites must be in `allowed`. TLS 1.3 as the minimum
 * version passes (its suites are all strong); an unset list fails, as Go's default list includes CBC suites.
 */
export function checkKubeletCipherSuites(node: NodeFacts, ctx: RuleContext, allowed: ReadonlySet<string>): Verdict {
  const minVersion = kubeletSetting(node, KUBELET_SETTINGS.tlsMinVersion, ctx.kubernetesMinor);
  if (minVersion.source === 'not-collected') return error(notCollectedMessage(node, minVersion));
  if (minVersion.value === 'VersionTLS13') return pass(minVersion.loc, `${settingText('minimum TLS version', minVersion)}: only TLS 1.3 suites are offered`);
  const s = kubeletSetting(node, KUBELET_SETTINGS.tlsCipherSuites, ctx.kubernetesMinor);
  const suites = Array.isArray(s.value) ? (s.value as readonly string[]) : [];
  if (suites.length === 0) return fail(settingLoc(node, s), `no cipher suites are set, so Go's default list (with CBC suites) is offered: ${settingText('cipher suites', s)}`);
  const weak = suites.filter((c) => !allowed.has(c));
  if (weak.length > 0) return fail(settingLoc(node, s), `weak cipher suites offered: ${weak.map((c) => `"${c}"`).join(', ')} (from ${s.where})`);
  return pass(s.loc, `all ${suites.length} cipher suites are strong (from ${s.where})`);
}
