// apiserver-admission-always-pull-images: AlwaysPullImages is off by default and must be enabled.
import rule from '../../../rules/apiserver/apiserver-admission-always-pull-images.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: enabled', node: api(['--enable-admission-plugins=NodeRestriction,AlwaysPullImages']), want: { status: 'pass' } },
  { name: 'fail: not enabled', node: api(['--enable-admission-plugins=NodeRestriction']), want: { status: 'fail', line: argLine(0), column: C, message: '"AlwaysPullImages" is not in "--enable-admission-plugins" and is off by default' } },
  { name: 'fail: disabled explicitly', node: api(['--disable-admission-plugins=AlwaysPullImages']), want: { status: 'fail', line: argLine(0) } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-not-enabled', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"AlwaysPullImages" is not in "--enable-admission-plugins" and is off by default' }] },
  { fixture: 'pass-enabled', want: [{ node: 'cp-1', status: 'pass', has: '"AlwaysPullImages" is in "--enable-admission-plugins"' }] },
]);
