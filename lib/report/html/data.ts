// Shape of the JSON that html.ts embeds in the report page and html/app.ts reads back (short keys: 20,000 rows add up).

export type Pairs = [string, string[]][];

export interface HtmlControl {
  id: string;
  rule: string;
  sec: string;
  secTitle: string;
  title: string;
  assess: string;
  sev: string;
  why: string;
  fix: string;
  notes?: string;
  /** Framework mappings: [framework, ids[]]. */
  fw?: Pairs;
}

export interface HtmlResult {
  /** Index into controls. */
  c: number;
  /** Status. */
  s: string;
  /** Target kind, namespace, name, node, cluster. */
  k: string;
  ns?: string;
  n: string;
  nd?: string;
  cl?: string;
  /** File, line, column, Helm template. */
  f?: string;
  l?: number;
  col?: number;
  h?: string;
  /** Message and field path. */
  m: string;
  fp?: string;
  /** Baseline state. */
  b?: string;
  fw?: Pairs;
  /** The waiver that accepted the result, as one line. */
  w?: string;
}

export interface HtmlWaiverRef {
  /** What it matches: control or rule, and target. */
  what: string;
  reason: string;
  owner?: string;
  expires?: string;
  source: string;
}

/** A framework's own controls with the CIS controls behind each (the report's `frameworkViews`). */
export interface HtmlFrameworkView {
  id: string;
  title: string;
  version: string;
  automated: number;
  total: number;
  controls: { id: string; title: string; status: string; cis: string[]; counts: Record<string, number> }[];
}

export interface HtmlData {
  tool: { name: string; version: string };
  benchmark: { id: string; title: string; selectedBy?: string };
  scan: {
    startedAt?: string;
    inputs: string[];
    clusterName?: string;
    serverVersion?: string;
    bundles: { file: string; mode: string; node?: string; collectedFrom?: string; startedAt?: string; finishedAt?: string }[];
    nodes: string[];
    resources: number;
  };
  summary: { pass: number; fail: number; manual: number; notApplicable: number; error: number };
  errors: { file: string; message: string; line?: number }[];
  controls: HtmlControl[];
  results: HtmlResult[];
  views?: HtmlFrameworkView[];
  baseline?: { startedAt?: string; collectedAt?: string; clusterName?: string; counts?: Record<string, number> };
  waivers?: { expired: HtmlWaiverRef[]; stale: HtmlWaiverRef[] };
}
