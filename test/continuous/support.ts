// Builders for crafted reports used by the continuous-compliance tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { create as tarCreate } from 'tar';
import { summarize } from '../../lib/engine/run.js';
import type { Report, Result } from '../../lib/report/types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A result with defaults: rule id from the control, Deployment target in namespace "shop". */
export function R(r: Partial<Mutable<Result>> & { controlId: string; name?: string }): Result {
  const { name, ...rest } = r;
  return {
    ruleId: `rule-${r.controlId.replace(/\./g, '-')}`,
    title: `Control ${r.controlId}`,
    severity: 'high',
    status: 'pass',
    target: { kind: 'Deployment', namespace: 'shop', name: name ?? 'web' },
    message: r.status === 'fail' ? 'found a problem' : 'compliant',
    ...rest,
  } as Result;
}

export interface ReportOpts {
  cluster?: string;
  startedAt?: string;
  collectedAt?: string;
  benchmark?: string;
}

/** A valid report around the given results. */
export function report(results: Result[], o: ReportOpts = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'kubecis', version: '0.0.0-test' },
    benchmark: { id: o.benchmark ?? 'cis-1.12', title: 'CIS Kubernetes Benchmark (test)' },
    scan: {
      startedAt: o.startedAt ?? '2026-01-02T10:00:00.000Z',
      inputs: ['in'],
      ...(o.cluster ? { clusterName: o.cluster } : {}),
      bundles: o.collectedAt ? [{ file: 'b.tar.gz', mode: 'cluster', startedAt: o.collectedAt, finishedAt: o.collectedAt }] : [],
      nodes: [],
      resources: results.length,
    },
    controls: [],
    results,
    summary: summarize(results),
    errors: [],
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `kubecis-${prefix}-`));
}

/** Pack YAML documents as a .tar.gz of manifests (any such archive is scannable). */
export async function packManifests(file: string, docs: Record<string, string>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubecis-pack-'));
  for (const [name, text] of Object.entries(docs)) writeFileSync(path.join(dir, name), text);
  await tarCreate({ gzip: true, file, cwd: dir, portable: true }, Object.keys(docs).sort());
}

/** A Deployment; privileged containers fail CIS 5.2.2 (rule pod-privileged-containers). */
export function deployment(name: string, namespace: string, o: { privileged?: boolean; annotations?: Record<string, string> } = {}): string {
  const ann = o.annotations
    ? `\n  annotations:\n${Object.entries(o.annotations).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join('\n')}`
    : '';
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}${ann}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: ${name}
          image: registry.example/${name}:1.0.0
          securityContext:
            privileged: ${o.privileged ? 'true' : 'false'}
`;
}
