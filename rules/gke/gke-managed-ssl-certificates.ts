// External GKE Ingresses should use Google-managed certificates (networking.gke.io/managed-certificates).
import { fail, manual, notApplicable, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { ingressClass } from '../../lib/rule/load-balancer-tls.js';
import { annotationsOf, describe, fillGuidance, listText, managedSettingRule } from '../../lib/rule/managed.js';
import type { Resource } from '../../lib/model/types.js';

const MANAGED = 'networking.gke.io/managed-certificates';
const PRE_SHARED = 'ingress.gcp.kubernetes.io/pre-shared-cert';
const GUIDANCE = 'check that every external Ingress names Google-managed certificates that are Active: run "kubectl get managedcertificates --all-namespaces" and "gcloud compute ssl-certificates list --project {project}"';

export default managedSettingRule({
  id: 'gke-managed-ssl-certificates',
  title: 'External Ingresses use Google-managed certificates',
  provider: 'gke',
  assessment: 'automated',
  notes: `Judged per external GKE Ingress (class "gce", or no class): one without ${MANAGED}, pre-shared certificates or a TLS section serves plain HTTP and fails, as does one naming a ManagedCertificate that is missing while others are in the input. Self-managed certificates (TLS section, pre-shared) and LoadBalancer Services (layer 4, no managed certificates) are listed for review.`,
  severity: 'medium',
  rationale: 'Google-managed certificates are issued and renewed automatically, so entry points neither expire nor fall back to unencrypted HTTP.',
  remediation: `Create a ManagedCertificate for the Ingress hosts and name it in the Ingress's ${MANAGED} annotation; prefer an Ingress over LoadBalancer Services for HTTPS.`,
  guidance: GUIDANCE,
  evidence(ctx, p) {
    const certs = ctx.index.byKind('ManagedCertificate');
    const plain: Resource[] = [];
    const missing: { ing: Resource; name: string }[] = [];
    const review: { text: string; at: Resource }[] = [];
    let managed = 0;
    let firstManaged: Resource | undefined;
    for (const ing of ctx.index.byKind('Ingress')) {
      const cls = ingressClass(ing) ?? 'gce';
      if (cls !== 'gce') continue;
      const a = annotationsOf(ing);
      const names = typeof a[MANAGED] === 'string' ? (a[MANAGED] as string).split(',').map((s) => s.trim()).filter(Boolean) : [];
      if (names.length > 0) {
        const absent = certs.length > 0 ? names.filter((n) => !certs.some((c) => c.name === n && c.namespace === ing.namespace)) : [];
        if (absent.length) missing.push({ ing, name: absent[0] });
        else if (certs.length === 0) review.push({ text: `${describe(ing)} (ManagedCertificate objects are not in the input to confirm "${names.join(',')}")`, at: ing });
        else {
          managed++;
          firstManaged ??= ing;
        }
      } else if (typeof a[PRE_SHARED] === 'string' || Field.of(ing, 'spec', 'tls').items().length > 0) {
        review.push({ text: `${describe(ing)} (self-managed certificate)`, at: ing });
      } else plain.push(ing);
    }
    for (const svc of ctx.index.byKind('Service')) {
      if (Field.of(svc, 'spec', 'type').value === 'LoadBalancer') review.push({ text: `${describe(svc)} (LoadBalancer, which cannot use managed certificates)`, at: svc });
    }
    if (plain.length) return { verdict: fail(plain[0].loc, `${listText(plain.map(describe))} ${plain.length === 1 ? 'has' : 'have'} no certificate, so the load balancer serves ${plain.length === 1 ? 'it' : 'them'} over plain HTTP`) };
    if (missing.length) {
      const m = missing[0];
      return { verdict: fail(Field.of(m.ing, 'metadata', 'annotations', MANAGED), `${describe(m.ing)} names ManagedCertificate "${m.name}", which is not in its namespace`) };
    }
    if (review.length) return { verdict: manual(`${fillGuidance(GUIDANCE, p)}; the input shows ${listText(review.map((r) => r.text))}`, review[0].at.loc) };
    if (managed) return { verdict: pass(firstManaged?.loc, `${managed === 1 ? 'the external Ingress uses' : `all ${managed} external Ingresses use`} Google-managed certificates`) };
    return { verdict: notApplicable('no external GKE Ingress or LoadBalancer Service is in the input') };
  },
});
