// Images in ECR should be scanned for vulnerabilities (scan on push or enhanced scanning).
import { ECR_REGISTRY, managedSettingRule, registryEvidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-ecr-image-scanning',
  title: 'ECR repositories scan images for vulnerabilities',
  provider: 'eks',
  assessment: 'manual',
  notes: 'The ECR registries that the workloads pull from are listed as the repositories to check.',
  severity: 'medium',
  rationale: 'Images with known vulnerabilities get deployed unnoticed unless every pushed image is scanned and findings are acted on.',
  remediation: 'Turn on enhanced scanning (Amazon Inspector) or at least scan on push for the private registry, and review findings before deploying.',
  guidance: 'check that scan on push or enhanced scanning covers the ECR repositories in use: ECR console, Private registry, Scanning, or run "aws ecr get-registry-scanning-configuration --region {region}"',
  evidence(ctx) {
    const ecr = registryEvidence(ctx, (r) => ECR_REGISTRY.test(r), 'ECR registries');
    return ecr ? { seen: [ecr] } : { seen: [], none: 'no container image in the input comes from an ECR registry' };
  },
});
