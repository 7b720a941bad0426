// Anonymous requests must be refused: --anonymous-auth (default true), or the `anonymous` section of the
// AuthenticationConfiguration file on versions that support it.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { isVerdict, onComponent } from '../../lib/rule/component.js';
import { anonymousAuth } from '../../lib/rule/apiserver-auth.js';

export default defineRule({
  id: 'apiserver-anonymous-auth',
  title: 'API server rejects anonymous requests',
  assessment: 'manual',
  notes: 'The benchmark marks this Manual because health checks may rely on anonymous access. We fail when anonymous access is on, pass when off, and return manual when an AuthenticationConfiguration limits it to named paths.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'Anonymous requests run as system:anonymous; any permission bound to it, by mistake or by default, is open to the whole network.',
  remediation: 'Set --anonymous-auth=false on the API server, or (1.32+) set anonymous.enabled: false in the AuthenticationConfiguration, or limit it there to the health endpoints.',

  evaluate: onComponent('apiserver', (v) => {
    const a = anonymousAuth(v);
    if (isVerdict(a)) return a;
    if (a.state === 'disabled') return pass(a.loc, a.message);
    if (a.state === 'limited') return manual(`${a.message}; confirm these endpoints may be reached without credentials`, a.loc);
    return fail(a.loc, a.message);
  }),
});
