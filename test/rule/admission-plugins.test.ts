// Admission plugin state: enable and disable lists, defaults, conflicts and the legacy --admission-control.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeContext } from '../../lib/engine/run.js';
import { admissionPlugin } from '../../lib/rule/admission-plugins.js';
import { withComponent, type ComponentView } from '../../lib/rule/component.js';
import { nodeFacts, snapshotOfFacts } from '../helpers/node-facts.js';

const test = suite('rule/admission-plugins');

function states(args: string[], plugins: string[]): string[] {
  const spec = { components: { apiserver: { args } } };
  let v: ComponentView | undefined;
  withComponent(nodeFacts(spec), makeContext(snapshotOfFacts({ nodes: [spec] }), 'cis-1.12'), 'apiserver', (x) => ((v = x), { status: 'pass', message: 'x' }));
  return plugins.map((p) => admissionPlugin(v!, p).state);
}

const P = ['NamespaceLifecycle', 'ServiceAccount', 'NodeRestriction', 'AlwaysAdmit'];
const cases: [string, string[], string[]][] = [
  ['defaults', [], ['enabled', 'enabled', 'disabled', 'disabled']],
  ['enable adds to the defaults', ['--enable-admission-plugins=NodeRestriction,AlwaysAdmit'], ['enabled', 'enabled', 'enabled', 'enabled']],
  ['disable removes defaults', ['--disable-admission-plugins=ServiceAccount, NamespaceLifecycle'], ['disabled', 'disabled', 'disabled', 'disabled']],
  ['the last --enable-admission-plugins wins', ['--enable-admission-plugins=NodeRestriction', '--enable-admission-plugins=PodNodeSelector'], ['enabled', 'enabled', 'disabled', 'disabled']],
  ['in both lists is a conflict', ['--enable-admission-plugins=NodeRestriction', '--disable-admission-plugins=NodeRestriction'], ['enabled', 'enabled', 'conflict', 'disabled']],
  ['--admission-control replaces the set', ['--admission-control=NodeRestriction,ServiceAccount'], ['disabled', 'enabled', 'enabled', 'disabled']],
];
for (const [name, args, want] of cases) test(name, () => assert.equal(states(args, P), want));

test.run();
