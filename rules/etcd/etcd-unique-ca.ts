// etcd must trust its own CA, not the cluster CA: its --trusted-ca-file (flag, ETCD_TRUSTED_CA_FILE or config file)
// must differ from the API server's --client-ca-file. Compared by node path, and by content when both were collected.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { componentView, describeSetting, flagSetting, hostPathOf, type ComponentView } from '../../lib/rule/component.js';
import { onEtcd } from '../../lib/rule/etcd.js';

/** The node path a container path maps to (the path itself when no mount covers it). */
function nodePath(v: ComponentView, path: string): string {
  return hostPathOf(v, path) ?? path;
}

export default defineRule({
  id: 'etcd-unique-ca',
  title: 'etcd uses a CA separate from the cluster CA',
  assessment: 'manual',
  notes: 'Decided as the benchmark\'s audit does, by comparing etcd\'s --trusted-ca-file with the API server\'s --client-ca-file (as node paths, and by content when both files were collected); manual when no API server in the input can be compared.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'If etcd trusts the cluster CA, any client certificate the cluster issues (to a user or a kubelet) can be used to read and write etcd directly.',
  remediation: 'Create a dedicated CA for etcd, sign the etcd server, peer and API server client certificates with it, and point etcd\'s --trusted-ca-file at it.',

  evaluate: onEtcd((e, v, ctx) => {
    const ca = e.get('trusted-ca-file');
    if (ca.value === undefined || ca.value === '') return fail(ca.loc, `${describeSetting(ca)}, so etcd has no CA of its own for client certificates`);
    const caPath = e.configFile ? ca.value : nodePath(v, ca.value);
    const caText = v.node.configFiles.get(caPath)?.text;
    const servers = ctx.snapshot.nodes
      .filter((n) => n.cluster === v.node.cluster)
      .map((n) => componentView(n, ctx, 'apiserver'))
      .filter((a): a is ComponentView => a !== undefined);
    const compared: string[] = [];
    for (const a of servers) {
      const client = flagSetting(a, 'client-ca-file');
      if (client.value === undefined || client.value === '') continue;
      const clientPath = nodePath(a, client.value);
      const on = a.node.name === v.node.name ? '' : ` on node "${a.node.name}"`;
      if (clientPath === caPath) return fail(ca.loc, `etcd trusts "${caPath}", the same file the API server${on} uses as "--client-ca-file"`);
      const clientText = a.node.configFiles.get(clientPath)?.text;
      if (caText !== undefined && clientText !== undefined && caText.trim() === clientText.trim()) {
        return fail(ca.loc, `etcd trusts "${caPath}", whose content is the same CA as the API server's "--client-ca-file" "${clientPath}"${on}`);
      }
      compared.push(`"${clientPath}"${on}`);
    }
    if (compared.length === 0) {
      return manual(`etcd trusts "${caPath}"; no API server "--client-ca-file" in the input to compare it with, so confirm it is not the cluster CA`, ca.loc);
    }
    return pass(ca.loc, `etcd trusts "${caPath}", a different file from the API server's client CA ${compared.join(', ')}`);
  }),
});
