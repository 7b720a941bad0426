// Authorizer chain (flag, default, AuthorizationConfiguration) and anonymous auth (flag, default, and the
// AuthenticationConfiguration anonymous section where the version supports it).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeContext } from '../../lib/engine/run.js';
import { anonymousAuth, authorizerChain, type AnonymousAuth, type AuthorizerChain } from '../../lib/rule/apiserver-auth.js';
import { isVerdict, withComponent, type ComponentView } from '../../lib/rule/component.js';
import type { Verdict } from '../../lib/rule/types.js';
import { nodeFacts, snapshotOfFacts, type NodeSpec } from '../helpers/node-facts.js';

const test = suite('rule/apiserver-auth');

function view(spec: NodeSpec, minor?: number): ComponentView {
  let v: ComponentView | undefined;
  withComponent(nodeFacts(spec), makeContext(snapshotOfFacts({ nodes: [spec] }), 'cis-1.12', minor), 'apiserver', (x) => ((v = x), { status: 'pass', message: 'x' }));
  return v!;
}

const AUTHZ = 'apiVersion: apiserver.config.k8s.io/v1\nkind: AuthorizationConfiguration\nauthorizers:\n- type: Node\n  name: node\n- type: RBAC\n  name: rbac\n';

test('authorizer chain: flag, default AlwaysAllow, config file, missing config file', () => {
  const flag = authorizerChain(view({ components: { apiserver: { args: ['--authorization-mode=Node,RBAC'] } } })) as AuthorizerChain;
  assert.equal(flag.authorizers.map((a) => a.type), ['Node', 'RBAC']);
  const def = authorizerChain(view({ components: { apiserver: { args: [] } } })) as AuthorizerChain;
  assert.equal(def.authorizers.map((a) => a.type), ['AlwaysAllow']);
  assert.match(def.source, /default "AlwaysAllow"/);
  const file = authorizerChain(view({ components: { apiserver: { args: ['--authorization-config=/etc/kubernetes/authz.yaml'] } }, files: { '/etc/kubernetes/authz.yaml': AUTHZ } })) as AuthorizerChain;
  assert.equal(file.authorizers.map((a) => [a.type, a.loc.line]), [['Node', 4], ['RBAC', 6]]);
  const missing = authorizerChain(view({ components: { apiserver: { args: ['--authorization-config=/etc/kubernetes/authz.yaml'] } } }));
  assert.ok(isVerdict(missing));
  assert.is((missing as Verdict).status, 'error');
});

const AUTHN_LIMITED = 'apiVersion: apiserver.config.k8s.io/v1beta1\nkind: AuthenticationConfiguration\nanonymous:\n  enabled: true\n  conditions:\n  - path: /livez\n  - path: /readyz\n';
const AUTHN_OFF = 'apiVersion: apiserver.config.k8s.io/v1beta1\nkind: AuthenticationConfiguration\nanonymous:\n  enabled: false\n';

function anon(args: string[], files: Record<string, string>, minor: number): AnonymousAuth {
  const a = anonymousAuth(view({ components: { apiserver: { args } }, files }, minor));
  assert.not.ok(isVerdict(a));
  return a as AnonymousAuth;
}

test('anonymous auth: default true, flag false', () => {
  assert.is(anon([], {}, 31).state, 'enabled');
  assert.is(anon(['--anonymous-auth=false'], {}, 31).state, 'disabled');
  assert.is(anon(['--anonymous-auth=maybe'], {}, 31).state, 'invalid');
});

test('anonymous section: in effect from 1.32, on 1.31 only with the gate, ignored on 1.28', () => {
  const args = ['--authentication-config=/etc/kubernetes/authn.yaml'];
  const files = { '/etc/kubernetes/authn.yaml': AUTHN_LIMITED };
  const v34 = anon(args, files, 34);
  assert.equal([v34.state, v34.paths], ['limited', ['/livez', '/readyz']]);
  assert.is(anon(args, { '/etc/kubernetes/authn.yaml': AUTHN_OFF }, 32).state, 'disabled');
  const v31 = anon(args, files, 31);
  assert.is(v31.state, 'enabled');
  assert.match(v31.message, /not in effect on this version/);
  assert.is(anon([...args, '--feature-gates=AnonymousAuthConfigurableEndpoints=true'], files, 31).state, 'limited');
  assert.is(anon(args, files, 28).state, 'enabled');
  assert.is(anon([...args, '--anonymous-auth=false'], { '/etc/kubernetes/authn.yaml': 'apiVersion: apiserver.config.k8s.io/v1\nkind: AuthenticationConfiguration\njwt: []\n' }, 34).state, 'disabled', 'no anonymous section: the flag decides');
});

test.run();
