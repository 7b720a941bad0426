// RBAC should bind Google Groups (Google Groups for RBAC) rather than individual accounts.
import { Field } from '../../lib/rule/field.js';
import { GKE_DESCRIBE, listText, managedSettingRule, plural, type Evidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-google-groups-rbac',
  title: 'RBAC uses Google Groups rather than individual accounts',
  provider: 'gke',
  assessment: 'manual',
  notes: 'Group subjects with an e-mail address are taken as Google Groups, User subjects with one (other than service accounts) as individual Google accounts; both are counted.',
  severity: 'low',
  rationale: 'Granting access to groups keeps it in one place that joiners and leavers processes already maintain; bindings to individuals linger.',
  remediation: 'Enable Google Groups for RBAC (--security-group=gke-security-groups@<your domain>), nest the groups that need access under it and bind those groups instead of users.',
  guidance: `check that Google Groups for RBAC is configured: run "${GKE_DESCRIBE} --format=value(authenticatorGroupsConfig)"`,
  evidence(ctx) {
    const groups: Field[] = [];
    const users: Field[] = [];
    for (const kind of ['ClusterRoleBinding', 'RoleBinding']) {
      for (const b of ctx.index.byKind(kind)) {
        for (const s of Field.of(b, 'subjects').items()) {
          const name = s.get('name').str() ?? '';
          if (!name.includes('@')) continue;
          if (s.get('kind').value === 'Group') groups.push(s.get('name'));
          else if (s.get('kind').value === 'User' && !name.endsWith('.gserviceaccount.com')) users.push(s.get('name'));
        }
      }
    }
    const seen: Evidence[] = [];
    if (groups.length) seen.push({ text: `${plural(groups.length, 'binding subject')} naming Google Groups (${listText([...new Set(groups.map((g) => `"${g.str()}"`))], 3)})`, at: groups[0] });
    if (users.length) seen.push({ text: `${plural(users.length, 'binding subject')} naming individual Google accounts`, at: users[0] });
    return { seen, none: 'no RoleBinding or ClusterRoleBinding in the input names a Google account or group' };
  },
});
