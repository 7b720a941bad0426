// The kubelet's garbage collection must be on: image GC thresholds that can trigger, and hard eviction thresholds.
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { kubeletConfigDocs, kubeletSetting, notCollectedMessage, settingLoc, settingText, showValue, type KubeletSetting, type KubeletSettingSpec } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

const HIGH: KubeletSettingSpec = { flag: 'image-gc-high-threshold', config: ['imageGCHighThresholdPercent'], type: 'int', configDefault: 85 };
const LOW: KubeletSettingSpec = { flag: 'image-gc-low-threshold', config: ['imageGCLowThresholdPercent'], type: 'int', configDefault: 80 };
const MIN_AGE: KubeletSettingSpec = { flag: 'minimum-image-ttl-duration', config: ['imageMinimumGCAge'], type: 'duration', configDefault: '2m0s' };
/**
 * Read as text for its source and position; the config file's map is looked at below. configz omits an empty map
 * (omitempty), so there an absent field means no thresholds.
 */
const EVICTION_HARD: KubeletSettingSpec = { flag: 'eviction-hard', config: ['evictionHard'], type: 'string', configDefault: 'memory.available<100Mi,nodefs.available<10%,imagefs.available<15%,nodefs.inodesFree<5%', configzAbsent: '' };

/** Number of hard eviction thresholds in effect (the map in a config file or configz, the flag's list, or the default). */
function evictionThresholds(node: NodeFacts, s: KubeletSetting): number {
  let map: unknown;
  if (s.source === 'config-file') map = [...kubeletConfigDocs(node)].reverse().map((d) => (d.doc ? Field.of(d.doc, 'evictionHard').value : undefined)).find((v) => v !== undefined && v !== null);
  else if (s.source === 'configz' && node.kubeletConfigz) map = Field.of(node.kubeletConfigz, 'evictionHard').value;
  if (map && typeof map === 'object') return Object.keys(map).length;
  return typeof s.value === 'string' ? s.value.split(',').filter((x) => x.trim() !== '').length : 0;
}

export default defineRule<NodeFacts>({
  id: 'kubelet-garbage-collection',
  title: 'Kubelet garbage collection and hard eviction are active',
  assessment: 'manual',
  notes:
    'Manual in the benchmark ("as appropriate"); decided statically from the effective evictionHard, imageGCHighThresholdPercent, ' +
    'imageGCLowThresholdPercent and imageMinimumGCAge: a high threshold of 100 (image GC off), a low threshold not below the high one ' +
    '(the kubelet refuses it) or an empty evictionHard fails; the defaults (85, 80, 2m, the kubelet\'s hard eviction signals) pass.',
  severity: 'low',
  scope: { node: ['worker'] },
  rationale: 'Without image garbage collection and hard eviction a node fills its disk or memory until workloads and the kubelet itself fail.',
  remediation: 'Keep imageGCHighThresholdPercent below 100 and above imageGCLowThresholdPercent, and keep evictionHard thresholds for memory and disk (on OpenShift through a KubeletConfig custom resource).',

  evaluate(node, ctx) {
    const [high, low, age, hard] = [HIGH, LOW, MIN_AGE, EVICTION_HARD].map((spec) => kubeletSetting(node, spec, ctx.kubernetesMinor));
    const missing = [high, low, age, hard].find((s) => s.source === 'not-collected');
    if (missing) return error(notCollectedMessage(node, missing));
    const h = typeof high.value === 'number' ? high.value : NaN;
    const l = typeof low.value === 'number' ? low.value : NaN;
    if (!(h >= 0 && h <= 100)) return fail(settingLoc(node, high), `${settingText('imageGCHighThresholdPercent', high)}, not a percentage the kubelet accepts`);
    if (h === 100) return fail(settingLoc(node, high), `${settingText('imageGCHighThresholdPercent', high)}, which turns image garbage collection off`);
    if (!(l >= 0 && l < h)) return fail(settingLoc(node, low), `${settingText('imageGCLowThresholdPercent', low)}, not below the high threshold of ${h}, which the kubelet refuses`);
    if (age.invalid) return fail(settingLoc(node, age), settingText('imageMinimumGCAge', age));
    const n = evictionThresholds(node, hard);
    if (n === 0) return fail(settingLoc(node, hard), `evictionHard is empty (from ${hard.where}), so the kubelet never evicts pods before the node runs out of memory or disk`);
    return pass(high.loc, `image GC at ${h}% down to ${l}% for images older than ${showValue(age.value)}, with ${n} hard eviction threshold${n === 1 ? '' : 's'} (evictionHard from ${hard.where})`);
  },
});
