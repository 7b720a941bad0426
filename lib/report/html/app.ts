// Browser side of the HTML report. html.ts embeds `reportApp.toString()` in the page, so this function must stay
// self-contained: no imports at run time, no outer variables. Input-derived text only ever reaches the page through
// text nodes and attribute setters (never markup), and nothing is loaded from anywhere.
import type { HtmlData, HtmlResult, Pairs } from './data.js';

export function reportApp(): void {
  type Child = Node | string | number | null | undefined | false;
  type Props = Record<string, string | number | boolean | null | undefined>;

  const source = document.getElementById('kubecis-data');
  const root = document.getElementById('app');
  if (!source || !root) return;
  const data = JSON.parse(source.textContent || '{}') as HtmlData;
  const controls = data.controls;
  const results = data.results;

  // ---------------------------------------------------------------------------------------------- DOM helpers
  function add(parent: Node, children: (Child | Child[])[]): void {
    for (const c of children) {
      if (Array.isArray(c)) add(parent, c);
      else if (c === null || c === undefined || c === false) continue;
      else if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
      else parent.appendChild(c);
    }
  }
  function h(tag: string, props?: Props | null, ...children: (Child | Child[])[]): HTMLElement {
    const e = document.createElement(tag);
    if (props) {
      for (const k of Object.keys(props)) {
        const v = props[k];
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') e.className = String(v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    add(e, children);
    return e;
  }
  const SVG_NS = 'http://www.w3.org/2000/svg';
  function svg(tag: string, attrs: Record<string, string | number>, ...children: (SVGElement | null)[]): SVGElement {
    const e = document.createElementNS(SVG_NS, tag);
    for (const k of Object.keys(attrs)) e.setAttribute(k, String(attrs[k]));
    for (const c of children) if (c) e.appendChild(c);
    return e;
  }
  function svgText(x: number, y: number, cls: string, text: string): SVGElement {
    const t = svg('text', { x, y, class: cls });
    t.textContent = text;
    return t;
  }

  // ---------------------------------------------------------------------------------------------- vocabulary
  const STATUS_ORDER = ['fail', 'error', 'manual', 'waived', 'pass', 'not-applicable'];
  const STATUS_LABEL: Record<string, string> = {
    fail: 'Fail',
    error: 'Error',
    manual: 'Manual',
    waived: 'Waived',
    pass: 'Pass',
    'not-applicable': 'Not applicable',
    none: 'No targets',
  };
  const SEVERITIES = ['critical', 'high', 'medium', 'low'];
  const DRIFT_LABEL: Record<string, string> = { new: 'New', updated: 'Changed', unchanged: 'Unchanged', absent: 'Resolved' };
  const statusRank = (s: string): number => {
    const i = STATUS_ORDER.indexOf(s);
    return i < 0 ? (s === 'none' ? STATUS_ORDER.length + 1 : STATUS_ORDER.length) : i;
  };
  const sevRank = (s: string): number => {
    const i = SEVERITIES.indexOf(s);
    return i < 0 ? SEVERITIES.length : i;
  };
  const label = (s: string): string => STATUS_LABEL[s] ?? s;
  const cssToken = (s: string): string => s.replace(/[^a-z0-9-]/gi, '_');
  const cap = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
  const plural = (n: number, one: string, many?: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many ?? `${one}s`}`;
  const when = (iso?: string): string => (iso ? iso.replace('T', ' ').replace(/\.\d+/, '').replace(/Z$/, ' UTC') : '');
  const natural = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

  function badge(status: string): HTMLElement {
    return h('span', { class: `badge st-${cssToken(status)}` }, label(status));
  }
  function sevBadge(sev: string): HTMLElement {
    return h('span', { class: `sev sev-${cssToken(sev)}`, title: `Severity: ${sev}` }, cap(sev));
  }
  function driftBadge(b?: string): HTMLElement | null {
    return b ? h('span', { class: `drift drift-${cssToken(b)}`, title: 'Compared with the baseline' }, DRIFT_LABEL[b] ?? b) : null;
  }

  // ---------------------------------------------------------------------------------------------- derived data
  // Results only in the baseline (absent) belong to the drift view; they count towards no status or score.
  const live = (i: number): boolean => results[i].b !== 'absent';
  const byControl: number[][] = controls.map(() => []);
  results.forEach((r, i) => {
    if (live(i)) byControl[r.c]?.push(i);
  });
  const liveCount = results.filter((_, i) => live(i)).length;

  function countStatuses(idx: number[]): Record<string, number> {
    const out: Record<string, number> = {};
    for (const i of idx) out[results[i].s] = (out[results[i].s] ?? 0) + 1;
    return out;
  }
  /** A control fails if any target fails; then error, manual, waived, pass; otherwise its other status, or none. */
  const ctlCounts = byControl.map(countStatuses);
  const ctlStatus = ctlCounts.map((counts) => {
    for (const s of STATUS_ORDER.slice(0, 5)) if (counts[s]) return s;
    const others = Object.keys(counts).sort((a, b) => statusRank(a) - statusRank(b) || natural(a, b));
    return others[0] ?? 'none';
  });

  const sections: { id: string; title: string; ctls: number[] }[] = [];
  controls.forEach((c, ci) => {
    let s = sections.find((x) => x.id === c.sec);
    if (!s) sections.push((s = { id: c.sec, title: c.secTitle, ctls: [] }));
    s.ctls.push(ci);
  });

  function frameworksOfControl(ci: number): Pairs {
    const merged = new Map<string, string[]>();
    const addPairs = (p?: Pairs): void => {
      for (const [k, ids] of p ?? []) {
        const list = merged.get(k) ?? [];
        for (const id of ids) if (!list.includes(id)) list.push(id);
        merged.set(k, list);
      }
    };
    addPairs(controls[ci].fw);
    for (const i of byControl[ci]) addPairs(results[i].fw);
    return [...merged.entries()].sort((a, b) => natural(a[0], b[0]));
  }
  const ctlFrameworks = controls.map((_, ci) => frameworksOfControl(ci));
  const views = data.views ?? [];
  const hasFrameworks = views.length > 0 || ctlFrameworks.some((p) => p.length > 0);
  const hasDrift = results.some((r) => !!r.b) || !!data.baseline;
  const manualIdx = results.map((_, i) => i).filter((i) => live(i) && results[i].s === 'manual');
  const errorIdx = results.map((_, i) => i).filter((i) => live(i) && results[i].s === 'error');
  const waiverProblems = (data.waivers?.expired.length ?? 0) + (data.waivers?.stale.length ?? 0);

  const hay: (string | undefined)[] = new Array(results.length);
  function resultText(i: number): string {
    let t = hay[i];
    if (t === undefined) {
      const r = results[i];
      t = [r.s, r.k, r.ns, r.n, r.nd, r.cl, r.f, r.h, r.m, r.fp, r.b, r.w, r.l !== undefined ? `${r.f}:${r.l}` : '']
        .filter(Boolean)
        .join('\n')
        .toLowerCase();
      hay[i] = t;
    }
    return t;
  }
  const ctlText = controls.map((c) => [c.id, c.rule, c.title, c.secTitle].join('\n').toLowerCase());

  // ---------------------------------------------------------------------------------------------- state & filters
  const state = { tab: 'controls', q: '', status: '', sev: '', sec: '', ns: '', node: '', drift: '', sort: 'status', page: 0 };
  const checked = new Set<number>();

  const resultFilterActive = (): boolean => !!(state.status || state.ns || state.node || state.drift);
  function controlPasses(ci: number): boolean {
    const c = controls[ci];
    return (!state.sev || c.sev === state.sev) && (!state.sec || c.sec === state.sec);
  }
  /** Whether result i passes the filters; `ignore` leaves one filter out (views that fix it themselves). */
  function rowMatches(i: number, ignore?: 'status' | 'drift'): boolean {
    const r = results[i];
    if (ignore !== 'drift' && !live(i) && state.drift !== 'absent') return false;
    if (ignore !== 'status' && state.status && r.s !== state.status) return false;
    if (state.ns && r.ns !== state.ns && !(r.k === 'Namespace' && r.n === state.ns)) return false;
    if (state.node && r.nd !== state.node) return false;
    if (ignore !== 'drift' && state.drift && r.b !== state.drift) return false;
    if (!controlPasses(r.c)) return false;
    if (state.q && !resultText(i).includes(state.q) && !ctlText[r.c].includes(state.q)) return false;
    return true;
  }

  // ---------------------------------------------------------------------------------------------- header & overview
  const benchmarkTitle = data.benchmark.title || data.benchmark.id;
  document.title = `kubecis report: ${benchmarkTitle}${data.scan.clusterName ? ` \u2013 ${data.scan.clusterName}` : ''}`;

  function header(): HTMLElement {
    const facts = [
      data.scan.clusterName ? `Cluster ${data.scan.clusterName}` : null,
      data.scan.startedAt ? `Scanned ${when(data.scan.startedAt)}` : null,
      `${data.tool.name} ${data.tool.version}`,
    ].filter((x): x is string => !!x);
    const print = h('button', { type: 'button', class: 'btn print-btn' }, 'Print / save as PDF');
    print.addEventListener('click', () => window.print());
    return h(
      'header',
      { class: 'top' },
      h('div', { class: 'top-inner' },
        h('div', null,
          h('div', { class: 'eyebrow' }, 'Kubernetes compliance report'),
          h('h1', null, benchmarkTitle),
          h('p', { class: 'sub' }, facts.join(' \u00b7 ')),
        ),
        print,
      ),
    );
  }

  function score(ctls: number[]): { pass: number; fail: number; pct: number | null } {
    let pass = 0;
    let fail = 0;
    for (const ci of ctls) {
      if (ctlStatus[ci] === 'pass') pass++;
      else if (ctlStatus[ci] === 'fail') fail++;
    }
    return { pass, fail, pct: pass + fail === 0 ? null : Math.round((pass / (pass + fail)) * 100) };
  }

  function donut(parts: { key: string; value: number }[], center: string, caption: string): SVGElement {
    const total = parts.reduce((a, p) => a + p.value, 0);
    const r = 52;
    const circ = 2 * Math.PI * r;
    const g = svg('g', { transform: 'rotate(-90 70 70)' });
    g.appendChild(svg('circle', { cx: 70, cy: 70, r, class: 'donut-track' }));
    let offset = 0;
    for (const p of parts) {
      if (!p.value || !total) continue;
      const len = (p.value / total) * circ;
      g.appendChild(
        svg('circle', {
          cx: 70, cy: 70, r,
          class: `donut-seg fill-${cssToken(p.key)}`,
          'stroke-dasharray': `${len.toFixed(3)} ${(circ - len).toFixed(3)}`,
          'stroke-dashoffset': (-offset).toFixed(3),
        }),
      );
      offset += len;
    }
    const root = svg('svg', { viewBox: '0 0 140 140', class: 'donut', role: 'img', 'aria-label': caption }, g,
      svgText(70, 74, 'donut-value', center), svgText(70, 94, 'donut-caption', 'score'));
    const title = svg('title', {});
    title.textContent = caption;
    root.insertBefore(title, root.firstChild);
    return root;
  }

  function stackedBar(parts: { key: string; value: number }[], aria: string): SVGElement {
    const total = parts.reduce((a, p) => a + p.value, 0);
    const root = svg('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', class: 'bar', role: 'img', 'aria-label': aria });
    root.appendChild(svg('rect', { x: 0, y: 0, width: 100, height: 10, class: 'bar-track' }));
    let x = 0;
    for (const p of parts) {
      if (!p.value || !total) continue;
      const w = (p.value / total) * 100;
      root.appendChild(svg('rect', { x: x.toFixed(3), y: 0, width: w.toFixed(3), height: 10, class: `fill-${cssToken(p.key)}` }));
      x += w;
    }
    return root;
  }

  function statusParts(counts: Record<string, number>): { key: string; value: number }[] {
    const keys = Object.keys(counts).sort((a, b) => statusRank(a) - statusRank(b));
    return keys.map((k) => ({ key: k, value: counts[k] }));
  }

  function legend(parts: { key: string; value: number }[], names: (k: string) => string): HTMLElement {
    return h('ul', { class: 'legend' },
      parts.map((p) => h('li', null, h('span', { class: `dot fill-${cssToken(p.key)}` }), h('span', { class: 'legend-label' }, names(p.key)), h('b', null, p.value.toLocaleString('en-US')))),
    );
  }

  function overview(): HTMLElement {
    const all = controls.map((_, i) => i);
    const sc = score(all);
    const ctlByStatus: Record<string, number> = {};
    for (const s of ctlStatus) ctlByStatus[s] = (ctlByStatus[s] ?? 0) + 1;
    const ctlParts = statusParts(ctlByStatus);
    const scoreCard = h('section', { class: 'card score-card', 'aria-labelledby': 'score-h' },
      h('h2', { id: 'score-h' }, 'Compliance score'),
      h('div', { class: 'score-body' },
        donut(ctlParts, sc.pct === null ? '\u2013' : `${sc.pct}%`, sc.pct === null ? 'No control could be decided' : `${sc.pct}% of decided controls pass`),
        h('div', null,
          h('p', { class: 'score-text' }, sc.pct === null ? 'No control was decided as pass or fail.' : `${sc.pass} of ${sc.pass + sc.fail} decided controls pass.`),
          legend(ctlParts, (k) => `${label(k)} controls`),
        ),
      ),
    );

    const sum = data.summary;
    const resultCounts: Record<string, number> = { fail: sum.fail, error: sum.error, manual: sum.manual, pass: sum.pass, 'not-applicable': sum.notApplicable };
    results.forEach((r, i) => {
      if (live(i) && !(r.s in resultCounts)) resultCounts[r.s] = (resultCounts[r.s] ?? 0) + 1;
    });
    const parts = statusParts(resultCounts).filter((p) => p.value > 0);
    const failingBySev: Record<string, number> = {};
    results.forEach((r, i) => {
      if (live(i) && r.s === 'fail') failingBySev[controls[r.c].sev] = (failingBySev[controls[r.c].sev] ?? 0) + 1;
    });
    const findingsCard = h('section', { class: 'card', 'aria-labelledby': 'findings-h' },
      h('h2', { id: 'findings-h' }, 'Findings'),
      h('p', { class: 'big' }, plural(liveCount, 'result'), h('span', { class: 'muted' }, ` over ${plural(controls.length, 'control')}`)),
      stackedBar(parts, parts.map((p) => `${p.value} ${label(p.key)}`).join(', ')),
      legend(parts, label),
      h('h3', null, 'Failing results by severity'),
      h('div', { class: 'sev-row' }, SEVERITIES.map((s) => h('span', { class: `sev-count sev-${s}` }, h('b', null, String(failingBySev[s] ?? 0)), ` ${s}`))),
    );

    const scanCard = h('section', { class: 'card scan-card', 'aria-labelledby': 'scan-h' },
      h('h2', { id: 'scan-h' }, 'What was scanned'),
      h('dl', { class: 'facts' },
        fact('Benchmark', `${benchmarkTitle} (${data.benchmark.id})`),
        data.benchmark.selectedBy ? fact('Chosen because', data.benchmark.selectedBy) : null,
        data.scan.clusterName ? fact('Cluster', data.scan.clusterName) : null,
        data.scan.serverVersion ? fact('Kubernetes', data.scan.serverVersion) : null,
        data.scan.startedAt ? fact('Scan time', when(data.scan.startedAt)) : null,
        fact('Resources', data.scan.resources.toLocaleString('en-US')),
        fact('Nodes', data.scan.nodes.length ? `${data.scan.nodes.length}: ${data.scan.nodes.slice(0, 12).join(', ')}${data.scan.nodes.length > 12 ? ', \u2026' : ''}` : 'none'),
        fact('Inputs', data.scan.inputs.length ? data.scan.inputs.map((x) => (x === '-' ? 'standard input' : x)).join(', ') : 'none'),
      ),
      data.scan.bundles.length
        ? h('table', { class: 'mini' },
            h('caption', null, 'Bundles'),
            h('thead', null, h('tr', null, h('th', null, 'File'), h('th', null, 'Kind'), h('th', null, 'Node'), h('th', null, 'Collected'))),
            h('tbody', null, data.scan.bundles.map((b) =>
              h('tr', null,
                h('td', null, h('code', null, b.file)),
                h('td', null, b.mode + (b.collectedFrom ? ` (from ${b.collectedFrom})` : '')),
                h('td', null, b.node ?? '\u2013'),
                h('td', null, b.startedAt ? when(b.startedAt) : '\u2013'),
              ))),
          )
        : null,
    );

    const sectionRows = sections.map((s) => {
      const counts: Record<string, number> = {};
      for (const ci of s.ctls) counts[ctlStatus[ci]] = (counts[ctlStatus[ci]] ?? 0) + 1;
      const sc2 = score(s.ctls);
      const p = statusParts(counts);
      const row = h('button', { type: 'button', class: 'section-row', title: `Show the controls of section ${s.id}` },
        h('span', { class: 'section-name' }, h('span', { class: 'section-id' }, s.id), ` ${s.title}`),
        stackedBar(p, `${s.id} ${s.title}: ${p.map((x) => `${x.value} ${label(x.key)}`).join(', ')}`),
        h('span', { class: 'section-score' }, sc2.pct === null ? '\u2013' : `${sc2.pct}%`),
      );
      row.addEventListener('click', () => {
        state.sec = s.id;
        setTab('controls');
        syncControls();
        refresh();
        document.getElementById('filters')?.scrollIntoView({ block: 'start' });
      });
      return row;
    });
    const sectionCard = h('section', { class: 'card sections-card', 'aria-labelledby': 'sections-h' },
      h('h2', { id: 'sections-h' }, 'Score by section'),
      h('p', { class: 'muted small' }, 'Share of decided controls that pass, per benchmark section. Select a section to see its controls.'),
      h('div', { class: 'sections' }, sectionRows),
    );
    return h('div', { class: 'overview' }, scoreCard, findingsCard, scanCard, sectionCard);
  }

  function fact(k: string, v: string): HTMLElement[] {
    return [h('dt', null, k), h('dd', null, v)];
  }

  // ---------------------------------------------------------------------------------------------- filter bar
  const search = h('input', { type: 'search', id: 'f-q', placeholder: 'Search resources, files, messages, controls\u2026', 'aria-label': 'Free-text search' }) as HTMLInputElement;
  function select(id: string, name: string, options: [string, string][]): HTMLSelectElement {
    const s = h('select', { id, 'aria-label': name }) as HTMLSelectElement;
    for (const [v, t] of options) s.appendChild(h('option', { value: v }, t));
    return s;
  }
  const distinct = (vals: (string | undefined)[]): string[] => [...new Set(vals.filter((v): v is string => !!v))].sort(natural);
  const presentStatuses = distinct(results.map((r) => r.s)).sort((a, b) => statusRank(a) - statusRank(b));
  const namespaces = distinct(results.flatMap((r) => [r.ns, r.k === 'Namespace' ? r.n : undefined]));
  const nodes = distinct(results.map((r) => r.nd));
  const fStatus = select('f-status', 'Status', [['', 'All statuses'], ...presentStatuses.map((s): [string, string] => [s, label(s)])]);
  const fSev = select('f-sev', 'Severity', [['', 'All severities'], ...distinct(controls.map((c) => c.sev)).sort((a, b) => sevRank(a) - sevRank(b)).map((s): [string, string] => [s, cap(s)])]);
  const fSec = select('f-sec', 'Section', [['', 'All sections'], ...sections.map((s): [string, string] => [s.id, `${s.id} ${s.title}`])]);
  const fNs = select('f-ns', 'Namespace', [['', 'All namespaces'], ...namespaces.map((n): [string, string] => [n, n])]);
  const fNode = select('f-node', 'Node', [['', 'All nodes'], ...nodes.map((n): [string, string] => [n, n])]);
  const fDrift = select('f-drift', 'Baseline', [['', 'Any drift'], ...['new', 'updated', 'unchanged', 'absent'].map((b): [string, string] => [b, DRIFT_LABEL[b]])]);
  const fSort = select('f-sort', 'Sort', []);
  const resetBtn = h('button', { type: 'button', class: 'btn', id: 'f-reset' }, 'Reset');
  const countLine = h('p', { class: 'count', id: 'count', 'aria-live': 'polite' });

  function field(lbl: string, control: HTMLElement, hidden = false): HTMLElement {
    return h('label', { class: hidden ? 'field hidden' : 'field' }, h('span', null, lbl), control);
  }
  const filterBar = h('div', { class: 'filters', id: 'filters', role: 'search' },
    h('div', { class: 'filters-row' },
      h('label', { class: 'field grow' }, h('span', null, 'Search'), search),
      field('Status', fStatus),
      field('Severity', fSev),
      field('Section', fSec),
      field('Namespace', fNs, namespaces.length === 0),
      field('Node', fNode, nodes.length === 0),
      field('Baseline', fDrift, !hasDrift),
      field('Sort', fSort),
      resetBtn,
    ),
    countLine,
  );

  const SORTS: Record<string, [string, string][]> = {
    controls: [['status', 'Failing first'], ['control', 'Benchmark order'], ['severity', 'Severity'], ['count', 'Most failures']],
    findings: [['status', 'Failing first'], ['control', 'Benchmark order'], ['severity', 'Severity'], ['file', 'File and line']],
  };
  function syncSort(): void {
    const opts = SORTS[state.tab];
    fSort.replaceChildren(...(opts ?? [['status', 'Failing first']]).map(([v, t]) => h('option', { value: v }, t)));
    if (!opts || !opts.some(([v]) => v === state.sort)) state.sort = 'status';
    fSort.value = state.sort;
    fSort.disabled = !opts;
  }
  function syncControls(): void {
    search.value = state.q;
    fStatus.value = state.status;
    fSev.value = state.sev;
    fSec.value = state.sec;
    fNs.value = state.ns;
    fNode.value = state.node;
    fDrift.value = state.drift;
    fSort.value = state.sort;
  }

  let timer: number | undefined;
  search.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      state.q = search.value.trim().toLowerCase();
      state.page = 0;
      refresh();
    }, 120);
  });
  const bind = (s: HTMLSelectElement, key: 'status' | 'sev' | 'sec' | 'ns' | 'node' | 'drift' | 'sort'): void => {
    s.addEventListener('change', () => {
      state[key] = s.value;
      state.page = 0;
      refresh();
    });
  };
  bind(fStatus, 'status');
  bind(fSev, 'sev');
  bind(fSec, 'sec');
  bind(fNs, 'ns');
  bind(fNode, 'node');
  bind(fDrift, 'drift');
  bind(fSort, 'sort');
  resetBtn.addEventListener('click', () => {
    Object.assign(state, { q: '', status: '', sev: '', sec: '', ns: '', node: '', drift: '', sort: 'status', page: 0 });
    syncControls();
    refresh();
  });

  // ---------------------------------------------------------------------------------------------- result rows
  function targetCell(r: HtmlResult): HTMLElement {
    const name = r.k === 'Node' || r.k === 'Namespace' || r.k === 'Cluster' || !r.ns ? r.n : `${r.ns}/${r.n}`;
    const extra = [r.nd && r.k !== 'Node' ? `node ${r.nd}` : '', r.cl ? `cluster ${r.cl}` : ''].filter(Boolean).join(' \u00b7 ');
    return h('td', { class: 'target' }, h('span', { class: 'kind' }, r.k), h('span', { class: 'name' }, name), extra ? h('span', { class: 'muted small block' }, extra) : null);
  }
  function locationCell(r: HtmlResult): HTMLElement {
    if (!r.f) return h('td', { class: 'loc muted' }, '\u2013');
    const pos = `${r.f === '-' ? 'stdin' : r.f}${r.l ? `:${r.l}${r.col ? `:${r.col}` : ''}` : ''}`;
    if (r.h) {
      return h('td', { class: 'loc' }, h('code', { title: 'Helm chart template' }, r.h), h('span', { class: 'muted small block' }, 'rendered at ', h('code', null, pos)));
    }
    return h('td', { class: 'loc' }, h('code', null, pos));
  }
  function resultRow(i: number, withControl: boolean): HTMLElement {
    const r = results[i];
    const c = controls[r.c];
    return h('tr', { class: `row st-${cssToken(r.s)}`, 'data-index': i },
      h('td', { class: 'status' }, badge(r.s), driftBadge(r.b)),
      withControl ? h('td', { class: 'ctl' }, sevBadge(c.sev), ' ', h('span', { class: 'cid' }, c.id), h('span', { class: 'block small' }, c.title)) : null,
      targetCell(r),
      locationCell(r),
      h('td', { class: 'msg' }, r.m, r.fp ? h('code', { class: 'fieldpath block' }, r.fp) : null, r.w ? h('span', { class: 'waiver block small' }, r.w) : null),
    );
  }
  function tableHead(withControl: boolean): HTMLElement {
    return h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Status'),
      withControl ? h('th', { scope: 'col' }, 'Control') : null,
      h('th', { scope: 'col' }, 'Resource or node'),
      h('th', { scope: 'col' }, 'Location'),
      h('th', { scope: 'col' }, 'Finding'),
    ));
  }
  /** A table that renders `step` rows at a time, with a button for more. */
  function growingTable(idx: number[], withControl: boolean, step: number): HTMLElement {
    const body = h('tbody');
    const wrap = h('div', { class: 'table-wrap' }, h('table', { class: 'results' }, tableHead(withControl), body));
    let shown = 0;
    const more = h('button', { type: 'button', class: 'btn more' });
    const grow = (): void => {
      const next = idx.slice(shown, shown + step);
      add(body, next.map((i) => resultRow(i, withControl)));
      shown += next.length;
      const left = idx.length - shown;
      more.textContent = `Show ${Math.min(step, left)} more (${left.toLocaleString('en-US')} not shown)`;
      if (left <= 0) more.remove();
    };
    more.addEventListener('click', grow);
    wrap.appendChild(more);
    grow();
    return wrap;
  }

  // ---------------------------------------------------------------------------------------------- views
  const panels: Record<string, HTMLElement> = {};
  const tabButtons: Record<string, HTMLElement> = {};
  const bodyRenderers = new WeakMap<Element, () => void>();

  function sortControls(list: number[], rows: Map<number, number[]>): number[] {
    const failCount = (ci: number): number => (rows.get(ci) ?? []).filter((i) => results[i].s === 'fail').length;
    const bySev = (a: number, b: number): number => sevRank(controls[a].sev) - sevRank(controls[b].sev);
    const cmp: Record<string, (a: number, b: number) => number> = {
      status: (a, b) => statusRank(ctlStatus[a]) - statusRank(ctlStatus[b]) || bySev(a, b) || a - b,
      control: (a, b) => a - b,
      severity: (a, b) => bySev(a, b) || statusRank(ctlStatus[a]) - statusRank(ctlStatus[b]) || a - b,
      count: (a, b) => failCount(b) - failCount(a) || bySev(a, b) || a - b,
    };
    return [...list].sort(cmp[state.sort] ?? cmp.status);
  }

  function controlCard(ci: number, rows: number[]): HTMLElement {
    const c = controls[ci];
    const st = ctlStatus[ci];
    const counts = ctlCounts[ci];
    const total = byControl[ci].length;
    const countText = total === 0 ? 'no targets in scope' : statusParts(counts).map((p) => `${p.value.toLocaleString('en-US')} ${label(p.key).toLowerCase()}`).join(' \u00b7 ');
    const det = h('details', { class: `control st-${cssToken(st)}`, 'data-control': c.id });
    det.appendChild(
      h('summary', null,
        badge(st),
        h('span', { class: 'cid' }, c.id),
        h('span', { class: 'ctitle' }, c.title),
        sevBadge(c.sev),
        h('span', { class: 'ccounts' }, countText, rows.length !== total ? h('span', { class: 'shown' }, ` \u00b7 ${rows.length.toLocaleString('en-US')} match`) : null),
      ),
    );
    const body = h('div', { class: 'cbody' });
    det.appendChild(body);
    let done = false;
    const render = (): void => {
      if (done) return;
      done = true;
      const fw = ctlFrameworks[ci];
      add(body, [
        h('p', { class: 'meta' },
          `Rule `, h('code', null, c.rule), ` \u00b7 ${c.assess === 'manual' ? 'Manual' : 'Automated'} in the benchmark \u00b7 Section ${c.sec} ${c.secTitle}`),
        h('div', { class: 'explain' },
          c.why ? h('div', null, h('h4', null, 'Why it matters'), h('p', null, c.why)) : null,
          c.fix ? h('div', null, h('h4', null, 'How to fix'), h('p', null, c.fix)) : null,
        ),
        c.notes ? h('p', { class: 'note' }, h('b', null, 'Note: '), c.notes) : null,
        fw.length ? h('p', { class: 'fw' }, fw.flatMap(([k, ids]) => ids.map((id) => h('span', { class: 'chip', title: k }, `${k} ${id}`)))) : null,
        rows.length ? growingTable(rows, false, 50) : h('p', { class: 'muted' }, total === 0 ? 'No resource or node in the input is in scope for this control.' : 'No result of this control matches the filters.'),
      ]);
    };
    bodyRenderers.set(det, render);
    det.addEventListener('toggle', () => {
      if ((det as HTMLDetailsElement).open) render();
    });
    return det;
  }

  function renderControls(): string {
    const panel = panels.controls;
    const rows = new Map<number, number[]>();
    results.forEach((_, i) => {
      if (rowMatches(i)) {
        const list = rows.get(results[i].c);
        if (list) list.push(i);
        else rows.set(results[i].c, [i]);
      }
    });
    const list = controls
      .map((_, ci) => ci)
      .filter((ci) => rows.has(ci) || (!resultFilterActive() && controlPasses(ci) && (!state.q || ctlText[ci].includes(state.q))));
    const sorted = sortControls(list, rows);
    const shownRows = [...rows.values()].reduce((a, l) => a + l.length, 0);
    panel.replaceChildren(
      sorted.length
        ? h('div', { class: 'controls' }, sorted.map((ci) => controlCard(ci, rows.get(ci) ?? [])))
        : h('p', { class: 'empty' }, 'No control matches the filters.'),
    );
    return `${plural(sorted.length, 'control')} of ${controls.length.toLocaleString('en-US')} \u00b7 ${plural(shownRows, 'result')} match`;
  }

  const PAGE = 100;
  function renderFindings(): string {
    const panel = panels.findings;
    const idx = results.map((_, i) => i).filter((i) => rowMatches(i));
    const bySev = (a: number, b: number): number => sevRank(controls[results[a].c].sev) - sevRank(controls[results[b].c].sev);
    const cmp: Record<string, (a: number, b: number) => number> = {
      status: (a, b) => statusRank(results[a].s) - statusRank(results[b].s) || bySev(a, b) || a - b,
      control: (a, b) => a - b,
      severity: (a, b) => bySev(a, b) || statusRank(results[a].s) - statusRank(results[b].s) || a - b,
      file: (a, b) => natural(results[a].h ?? results[a].f ?? '\uffff', results[b].h ?? results[b].f ?? '\uffff') || (results[a].l ?? 0) - (results[b].l ?? 0) || a - b,
    };
    idx.sort(cmp[state.sort] ?? cmp.status);
    const pages = Math.max(1, Math.ceil(idx.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    const slice = idx.slice(state.page * PAGE, state.page * PAGE + PAGE);
    const pager = (): HTMLElement => {
      const prev = h('button', { type: 'button', class: 'btn', disabled: state.page === 0 }, '\u2039 Previous');
      const next = h('button', { type: 'button', class: 'btn', disabled: state.page >= pages - 1 }, 'Next \u203a');
      prev.addEventListener('click', () => { state.page--; refresh(); });
      next.addEventListener('click', () => { state.page++; refresh(); });
      return h('div', { class: 'pager' }, prev, h('span', null, `Page ${state.page + 1} of ${pages}`), next);
    };
    panel.replaceChildren(
      idx.length
        ? h('div', null,
            pager(),
            h('div', { class: 'table-wrap' }, h('table', { class: 'results' }, tableHead(true), h('tbody', null, slice.map((i) => resultRow(i, true))))),
            pages > 1 ? pager() : null)
        : h('p', { class: 'empty' }, 'No result matches the filters.'),
    );
    const from = idx.length ? state.page * PAGE + 1 : 0;
    return `${plural(idx.length, 'result')} of ${liveCount.toLocaleString('en-US')} match \u00b7 showing ${from.toLocaleString('en-US')}\u2013${(state.page * PAGE + slice.length).toLocaleString('en-US')}`;
  }

  function renderChecklist(): string {
    const panel = panels.manual;
    const idx = manualIdx.filter((i) => rowMatches(i, 'status'));
    const groups = new Map<number, number[]>();
    for (const i of idx) {
      const g = groups.get(results[i].c);
      if (g) g.push(i);
      else groups.set(results[i].c, [i]);
    }
    const progress = h('p', { class: 'progress' });
    const updateProgress = (): void => {
      const done = idx.filter((i) => checked.has(i)).length;
      progress.textContent = `${done} of ${idx.length} checks reviewed (kept only while this page is open; print the page to keep a record)`;
    };
    const list = [...groups.entries()].map(([ci, items]) =>
      h('section', { class: 'check-group' },
        h('h3', null, h('span', { class: 'cid' }, controls[ci].id), ` ${controls[ci].title} `, sevBadge(controls[ci].sev)),
        controls[ci].fix ? h('p', { class: 'muted small' }, controls[ci].fix) : null,
        h('ul', { class: 'checklist' }, items.map((i) => {
          const r = results[i];
          const box = h('input', { type: 'checkbox', 'aria-label': `Reviewed ${r.k} ${r.n}` }) as HTMLInputElement;
          box.checked = checked.has(i);
          box.addEventListener('change', () => {
            if (box.checked) checked.add(i);
            else checked.delete(i);
            updateProgress();
          });
          const where = r.f ? ` (${r.h ?? (r.f === '-' ? 'stdin' : r.f)}${r.l && !r.h ? `:${r.l}` : ''})` : '';
          return h('li', null, h('label', null, box,
            h('span', null, h('b', null, `${r.k} ${r.ns && r.k !== 'Namespace' ? `${r.ns}/` : ''}${r.n}`), where, h('span', { class: 'block' }, r.m))));
        })),
      ),
    );
    updateProgress();
    panel.replaceChildren(progress, list.length ? h('div', null, list) : h('p', { class: 'empty' }, 'No manual check matches the filters.'));
    return `${plural(idx.length, 'manual check')} match`;
  }

  function cisList(ids: string[]): HTMLElement[] {
    return ids.map((id) => {
      const ci = controls.findIndex((c) => c.id === id);
      return ci < 0
        ? h('span', { class: 'block' }, h('span', { class: 'cid' }, id))
        : h('span', { class: 'block' }, badge(ctlStatus[ci]), ' ', h('span', { class: 'cid' }, id), ` ${controls[ci].title}`);
    });
  }

  /** The report's own framework views (framework control titles, coverage), filtered by status, section, severity, text. */
  function renderViews(): HTMLElement[] {
    const cisOk = (id: string): boolean => {
      const ci = controls.findIndex((c) => c.id === id);
      return ci < 0 ? !state.sev && !state.sec : controlPasses(ci);
    };
    return views.map((v) => {
      const rows = v.controls.filter(
        (c) =>
          (!state.status || c.status === state.status) &&
          c.cis.some(cisOk) &&
          (!state.q || `${c.id}\n${c.title}\n${c.cis.join('\n')}`.toLowerCase().includes(state.q)),
      );
      const counts: Record<string, number> = {};
      for (const c of v.controls) counts[c.status] = (counts[c.status] ?? 0) + 1;
      const parts = statusParts(counts);
      return h('section', { class: 'card fw-card' },
        h('h3', null, `${v.title} ${v.version}`,
          h('span', { class: 'muted small' }, ` \u00b7 ${plural(v.total, 'mapped control')}, ${v.automated} checked automatically`)),
        stackedBar(parts, parts.map((p) => `${p.value} ${label(p.key)}`).join(', ')),
        legend(parts, (k) => `${label(k)}`),
        rows.length
          ? h('table', { class: 'mini fw-table' },
              h('thead', null, h('tr', null, h('th', null, 'Control'), h('th', null, 'Status'), h('th', null, 'CIS controls'))),
              h('tbody', null, rows.map((c) =>
                h('tr', null,
                  h('td', null, h('b', null, c.id), h('span', { class: 'block small' }, c.title)),
                  h('td', null, badge(c.status)),
                  h('td', null, cisList(c.cis)),
                ))))
          : h('p', { class: 'muted' }, 'No control of this framework matches the filters.'),
      );
    });
  }

  function renderFrameworks(): string {
    const panel = panels.frameworks;
    if (views.length > 0) {
      panel.replaceChildren(
        h('p', { class: 'muted small' }, 'Each framework control takes the combined status of the CIS controls mapped to it (fail, then error, manual, pass). The mapping shows what this benchmark covers, not compliance with the whole framework.'),
        ...renderViews(),
      );
      return `${plural(views.length, 'framework')}`;
    }
    const byFw = new Map<string, Map<string, number[]>>();
    controls.forEach((_, ci) => {
      if (!controlPasses(ci) || (state.q && !ctlText[ci].includes(state.q))) return;
      for (const [k, ids] of ctlFrameworks[ci]) {
        const m = byFw.get(k) ?? new Map<string, number[]>();
        for (const id of ids) m.set(id, [...(m.get(id) ?? []), ci]);
        byFw.set(k, m);
      }
    });
    const blocks = [...byFw.entries()].sort((a, b) => natural(a[0], b[0])).map(([k, m]) => {
      const ctls = [...new Set([...m.values()].flat())];
      const sc = score(ctls);
      const ids = [...m.keys()].sort(natural);
      return h('section', { class: 'card fw-card' },
        h('h3', null, k, h('span', { class: 'muted small' }, ` \u00b7 ${plural(ids.length, 'mapped requirement')} \u00b7 ${sc.pct === null ? 'no decided control' : `${sc.pass} of ${sc.pass + sc.fail} decided controls pass`}`)),
        h('table', { class: 'mini fw-table' },
          h('thead', null, h('tr', null, h('th', null, 'Requirement'), h('th', null, 'Status'), h('th', null, 'CIS controls'))),
          h('tbody', null, ids.map((id) => {
            const list = m.get(id) ?? [];
            const worst = [...list].sort((a, b) => statusRank(ctlStatus[a]) - statusRank(ctlStatus[b]))[0];
            return h('tr', null,
              h('td', null, h('b', null, id)),
              h('td', null, badge(ctlStatus[worst])),
              h('td', null, cisList(list.map((ci) => controls[ci].id))),
            );
          })),
        ),
      );
    });
    panel.replaceChildren(
      h('p', { class: 'muted small' }, 'Each mapped requirement takes the status of its worst CIS control. A mapping shows coverage by this benchmark, not compliance with the whole framework.'),
      blocks.length ? h('div', null, blocks) : h('p', { class: 'empty' }, 'No mapped control matches the filters.'),
    );
    return `${plural(byFw.size, 'framework')}`;
  }

  function renderDrift(): string {
    const panel = panels.drift;
    const counts: Record<string, number> = {};
    for (const r of results) if (r.b) counts[r.b] = (counts[r.b] ?? 0) + 1;
    const order = ['new', 'updated', 'unchanged', 'absent'];
    const parts = order.filter((k) => counts[k]).map((k) => ({ key: `drift-${k}`, value: counts[k] }));
    const match = (b: string, fails: boolean): number[] =>
      results.map((_, i) => i).filter((i) => results[i].b === b && (!fails || results[i].s === 'fail') && rowMatches(i, 'drift'));
    const base = data.baseline;
    const since = base
      ? [base.startedAt ? `scanned ${when(base.startedAt)}` : '', base.collectedAt ? `collected ${when(base.collectedAt)}` : '', base.clusterName ? `cluster ${base.clusterName}` : '']
          .filter(Boolean)
          .join(', ')
      : '';
    const block = (title: string, idx: number[], empty: string): HTMLElement =>
      h('section', { class: 'drift-block' }, h('h3', null, `${title} (${idx.length.toLocaleString('en-US')})`), idx.length ? growingTable(idx, true, 50) : h('p', { class: 'muted' }, empty));
    panel.replaceChildren(
      h('section', { class: 'card' },
        h('h3', null, since ? `Compared with the baseline (${since})` : 'Compared with the baseline'),
        stackedBar(parts, parts.map((p) => `${p.value} ${p.key}`).join(', ')),
        legend(parts, (k) => DRIFT_LABEL[k.replace('drift-', '')] ?? k),
      ),
      block('New failures', match('new', true), 'No new failure since the baseline.'),
      block('Changed results', match('updated', false), 'No result changed since the baseline.'),
      block('Resolved since the baseline', match('absent', false), 'Nothing from the baseline has gone away.'),
    );
    return `${plural(results.filter((r) => r.b && r.b !== 'unchanged').length, 'change')} since the baseline`;
  }

  function renderErrors(): string {
    const panel = panels.errors;
    const idx = errorIdx.filter((i) => rowMatches(i, 'status'));
    panel.replaceChildren(
      ...[data.errors.length
        ? h('section', { class: 'card' },
            h('h3', null, `Inputs that could not be read (${data.errors.length})`),
            h('table', { class: 'mini' },
              h('thead', null, h('tr', null, h('th', null, 'File'), h('th', null, 'Line'), h('th', null, 'Problem'))),
              h('tbody', null, data.errors.map((e) => h('tr', null, h('td', null, h('code', null, e.file)), h('td', null, e.line ? String(e.line) : '\u2013'), h('td', null, e.message)))),
            ))
        : null,
      h('section', { class: 'drift-block' },
        h('h3', null, `Controls that could not be decided (${idx.length})`),
        idx.length ? growingTable(idx, true, 50) : h('p', { class: 'muted' }, 'None.')),
      waiverProblems ? waiverTable() : null,
      ].filter((x): x is HTMLElement => x !== null),
    );
    return `${plural(data.errors.length + idx.length + waiverProblems, 'problem')}`;
  }

  function waiverTable(): HTMLElement {
    const rows = [
      ...(data.waivers?.expired ?? []).map((w) => ({ w, state: 'expired' })),
      ...(data.waivers?.stale ?? []).map((w) => ({ w, state: 'matched nothing' })),
    ];
    return h('section', { class: 'card' },
      h('h3', null, `Waivers that no longer apply (${rows.length})`),
      h('table', { class: 'mini' },
        h('thead', null, h('tr', null, h('th', null, 'Waiver'), h('th', null, 'Why'), h('th', null, 'Owner'), h('th', null, 'Until'), h('th', null, 'State'))),
        h('tbody', null, rows.map(({ w, state: st }) =>
          h('tr', null,
            h('td', null, w.what, h('code', { class: 'block small' }, w.source)),
            h('td', null, w.reason),
            h('td', null, w.owner ?? '\u2013'),
            h('td', null, w.expires ?? '\u2013'),
            h('td', null, st),
          ))),
      ),
    );
  }

  const VIEWS: { id: string; name: string; show: boolean; count?: number; render: () => string }[] = [
    { id: 'controls', name: 'Controls', show: true, count: controls.length, render: renderControls },
    { id: 'findings', name: 'All results', show: true, count: liveCount, render: renderFindings },
    { id: 'manual', name: 'Manual checklist', show: manualIdx.length > 0, count: manualIdx.length, render: renderChecklist },
    { id: 'frameworks', name: 'Frameworks', show: hasFrameworks, render: renderFrameworks },
    { id: 'drift', name: 'Drift', show: hasDrift, render: renderDrift },
    { id: 'errors', name: 'Problems', show: data.errors.length + errorIdx.length + waiverProblems > 0, count: data.errors.length + errorIdx.length + waiverProblems, render: renderErrors },
  ];

  function setTab(id: string): void {
    state.tab = id;
    state.page = 0;
    for (const v of VIEWS) {
      if (!v.show) continue;
      const on = v.id === id;
      tabButtons[v.id].setAttribute('aria-selected', String(on));
      tabButtons[v.id].tabIndex = on ? 0 : -1;
      panels[v.id].hidden = !on;
    }
    syncSort();
  }

  function refresh(): void {
    const view = VIEWS.find((v) => v.id === state.tab) ?? VIEWS[0];
    countLine.textContent = view.render();
  }

  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Report views' });
  const shown = VIEWS.filter((v) => v.show);
  for (const v of shown) {
    const b = h('button', { type: 'button', role: 'tab', id: `tab-${v.id}`, 'aria-controls': `panel-${v.id}`, class: 'tab' },
      v.name, v.count !== undefined ? h('span', { class: 'tab-count' }, v.count.toLocaleString('en-US')) : null);
    b.addEventListener('click', () => {
      setTab(v.id);
      refresh();
    });
    b.addEventListener('keydown', (ev: KeyboardEvent) => {
      const at = shown.findIndex((x) => x.id === v.id);
      const to = ev.key === 'ArrowRight' ? shown[(at + 1) % shown.length] : ev.key === 'ArrowLeft' ? shown[(at - 1 + shown.length) % shown.length] : null;
      if (to) {
        setTab(to.id);
        refresh();
        tabButtons[to.id].focus();
      }
    });
    tabButtons[v.id] = b;
    tabs.appendChild(b);
    panels[v.id] = h('div', { class: 'panel', role: 'tabpanel', id: `panel-${v.id}`, 'aria-labelledby': `tab-${v.id}` });
  }

  // Printing: expand every listed control so the PDF carries remediation and affected resources.
  window.addEventListener('beforeprint', () => {
    for (const d of Array.from(document.querySelectorAll('details.control'))) {
      bodyRenderers.get(d)?.();
      (d as HTMLDetailsElement).open = true;
    }
  });

  root.replaceChildren(
    header(),
    h('main', { class: 'wrap' },
      overview(),
      h('div', { class: 'sticky' }, tabs, filterBar),
      shown.map((v) => panels[v.id]),
      h('footer', { class: 'foot muted small' },
        `Generated by ${data.tool.name} ${data.tool.version} from ${data.benchmark.id}. Titles and guidance are kubecis's own wording; control numbers refer to the CIS benchmark. This file works offline and loads nothing.`),
    ),
  );
  setTab('controls');
  refresh();
  document.documentElement.setAttribute('data-ready', 'true');
}
