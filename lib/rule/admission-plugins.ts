// Whether an API server admission plugin is on: --enable-admission-plugins, --disable-admission-plugins, the
// deprecated --admission-control (which replaces the whole set) and the plugins the API server turns on by default.
import type { Loc } from '../model/types.js';
import type { ComponentView } from './component.js';
import { fail, pass } from './define.js';
import { flagList } from './flags.js';
import type { Verdict } from './types.js';

/**
 * Plugins on by default in every Kubernetes minor from 1.25 to 1.34. Later minors added more (ClusterTrustBundleAttest,
 * ValidatingAdmissionPolicy, PodTopologyLabels, MutatingAdmissionPolicy); they are left out because no rule depends on
 * them. Plugins the benchmark asks to turn on (NodeRestriction, EventRateLimit, AlwaysPullImages,
 * DenyServiceExternalIPs) or off (AlwaysAdmit) have always been off by default.
 */
export const DEFAULT_ON_PLUGINS: ReadonlySet<string> = new Set([
  'CertificateApproval',
  'CertificateSigning',
  'CertificateSubjectRestriction',
  'DefaultIngressClass',
  'DefaultStorageClass',
  'DefaultTolerationSeconds',
  'LimitRanger',
  'MutatingAdmissionWebhook',
  'NamespaceLifecycle',
  'PersistentVolumeClaimResize',
  'PodSecurity',
  'Priority',
  'ResourceQuota',
  'RuntimeClass',
  'ServiceAccount',
  'StorageObjectInUseProtection',
  'TaintNodesByCondition',
  'ValidatingAdmissionWebhook',
]);

export interface PluginState {
  /** `conflict`: listed in both the enable and the disable flag, which the API server refuses at start-up. */
  readonly state: 'enabled' | 'disabled' | 'conflict';
  /** Why, in message words: `"NodeRestriction" is in "--enable-admission-plugins"`. */
  readonly why: string;
  readonly loc: Loc;
}

/** The state of one admission plugin on this API server, with the flag that decides it. */
export function admissionPlugin(v: ComponentView, plugin: string): PluginState {
  const name = `"${plugin}"`;
  const legacy = flagList(v.component, 'admission-control');
  const enable = flagList(v.component, 'enable-admission-plugins');
  const disable = flagList(v.component, 'disable-admission-plugins');
  if (legacy && !enable && !disable) {
    // --admission-control is the complete list of enabled plugins; everything else is off.
    const on = legacy.items.includes(plugin);
    return { state: on ? 'enabled' : 'disabled', why: `${name} is ${on ? '' : 'not '}in "--admission-control", which replaces the default set`, loc: legacy.value.loc };
  }
  const inEnable = enable?.items.includes(plugin) ?? false;
  const inDisable = disable?.items.includes(plugin) ?? false;
  if (inEnable && inDisable) {
    return { state: 'conflict', why: `${name} is in both "--enable-admission-plugins" and "--disable-admission-plugins", which the API server rejects`, loc: disable!.value.loc };
  }
  if (inEnable) return { state: 'enabled', why: `${name} is in "--enable-admission-plugins"`, loc: enable!.value.loc };
  if (inDisable) return { state: 'disabled', why: `${name} is in "--disable-admission-plugins"`, loc: disable!.value.loc };
  const on = DEFAULT_ON_PLUGINS.has(plugin);
  const flags = on ? 'not in "--disable-admission-plugins"' : 'not in "--enable-admission-plugins"';
  const loc = (on ? disable?.value.loc : enable?.value.loc) ?? v.anchor;
  return { state: on ? 'enabled' : 'disabled', why: `${name} is ${flags} and is ${on ? 'on' : 'off'} by default`, loc };
}

/** The plugin must be on (`want` true) or off; a plugin in both lists fails either way, as the server will not start. */
export function checkPlugin(v: ComponentView, plugin: string, want: boolean): Verdict {
  const s = admissionPlugin(v, plugin);
  const ok = s.state !== 'conflict' && (s.state === 'enabled') === want;
  return ok ? pass(s.loc, s.why) : fail(s.loc, s.why);
}
