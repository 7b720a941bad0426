// HTML reporter: static checks of the page, then a real headless Chromium opening it from disk (file://): no console
// errors or CSP violations, no network, filters, escaping of hostile input, 20,000 findings, print layout, screenshots.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CONTENT_SECURITY_POLICY, renderHtml } from '../../lib/report/html.js';
import type { Report } from '../../lib/report/types.js';
import { XSS_MESSAGE, XSS_NAME, largeReport, sampleReport, summarize } from '../helpers/sample-report.js';

const CHROMIUM = process.env.KUBECIS_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];
/** Screenshots for humans to look at; not compared pixel by pixel. */
const SHOT_DIR = process.env.KUBECIS_SCREENSHOT_DIR ?? join(tmpdir(), 'kubecis-report-screenshots');

const workDir = mkdtempSync(join(tmpdir(), 'kubecis-html-'));
let browserPromise: Promise<Browser> | undefined;

/** The browser, launched once. Without Chromium every browser test fails with this message: CI installs it. */
function browser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    return Promise.reject(
      new Error(`Chromium not found at ${CHROMIUM}: the HTML report tests need a real browser. Install the Debian package ` +
        `(apt-get install chromium, as .ci/run does) or point KUBECIS_CHROMIUM at a Chromium binary.`),
    );
  }
  browserPromise ??= chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return browserPromise;
}

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
  dialogs: string[];
  close(): Promise<void>;
}

let fileCount = 0;
/** Write the report to disk, open it over file://, and record everything that must not happen. */
async function open(report: Report, viewport = { width: 1400, height: 1000 }): Promise<Opened> {
  const file = join(workDir, `report-${++fileCount}.html`);
  writeFileSync(file, renderHtml(report));
  const context = await (await browser()).newContext({ viewport, javaScriptEnabled: true });
  const problems: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith('file://')) return route.continue();
    problems.push(`network request blocked: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file://') && !requests.includes(r.url())) {
      requests.push(r.url());
      problems.push(`request: ${r.url()}`);
    }
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  // The page renders in its inline script, before the load event that goto waits for; a few seconds of grace only.
  await page.goto(pathToFileURL(file).href, { timeout: 120_000 });
  try {
    await page.waitForSelector('html[data-ready="true"]', { timeout: 5_000 });
  } catch {
    await context.close();
    throw new Error(`the report did not render: ${problems.join('; ') || 'no error was reported'}`);
  }
  return { page, problems, requests, dialogs, close: () => context.close() };
}

function clean(o: Opened): void {
  assert.equal(o.problems, [], 'no console errors, CSP violations or network requests');
  assert.equal(o.dialogs, [], 'no dialog opened');
  assert.ok(o.requests.every((u) => u.startsWith('file://')), `only the file itself was loaded: ${o.requests.join(', ')}`);
}

const rowCount = (page: Page, panel: string): Promise<number> => page.locator(`#panel-${panel} table.results tbody tr`).count();
const countText = (page: Page): Promise<string> => page.locator('#count').innerText();
async function choose(page: Page, id: string, value: string): Promise<void> {
  await page.selectOption(`#${id}`, value);
}
async function typeSearch(page: Page, text: string): Promise<void> {
  await page.fill('#f-q', text);
  // The search box waits for a pause in typing; wait for the count to reflect the new query.
  await page.waitForTimeout(250);
}

const test = suite('report/html');

// ------------------------------------------------------------------------------------------------ static checks

function inline(html: string, tag: 'script' | 'style'): string[] {
  const re = tag === 'script' ? /<script>([\s\S]*?)<\/script>/g : /<style>([\s\S]*?)<\/style>/g;
  return [...html.matchAll(re)].map((m) => m[1]);
}
const b64 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');

test('strict CSP: nothing from the network, inline script and style allowed only by their hashes', () => {
  const html = renderHtml(sampleReport());
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`));
  assert.match(CONTENT_SECURITY_POLICY, /^default-src 'none'; /);
  assert.not.match(CONTENT_SECURITY_POLICY, /unsafe-|https?:|\*|nonce-/);
  const scripts = inline(html, 'script');
  const styles = inline(html, 'style');
  assert.is(scripts.length, 1, 'one executable script');
  assert.is(styles.length, 1, 'one stylesheet');
  assert.ok(CONTENT_SECURITY_POLICY.includes(`script-src 'sha256-${b64(scripts[0])}'`));
  assert.ok(CONTENT_SECURITY_POLICY.includes(`style-src 'sha256-${b64(styles[0])}'`));
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'), 'the policy precedes what it governs');
  const markup = html.replace(/<script type="application\/json" id="kubecis-data">[\s\S]*?<\/script>/, '');
  assert.not.match(markup, /\s(src|href|action|style)=(?!"data:,")/i, 'no external reference and no style attribute');
  assert.not.match(markup, /@import|url\(/i);
});

test('self-contained and deterministic; input travels only as escaped JSON', () => {
  const report = sampleReport({ baseline: true });
  const html = renderHtml(report);
  assert.is(renderHtml(sampleReport({ baseline: true })), html);
  assert.not.ok(html.includes('<img'), 'hostile markup never appears raw');
  assert.not.ok(html.includes('</script><script>alert'), 'a message cannot close the data block');
  const m = /<script type="application\/json" id="kubecis-data">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m);
  assert.not.ok(m![1].includes('<'));
  const data = JSON.parse(m![1]) as { results: { n: string; m: string }[]; controls: unknown[] };
  assert.is(data.results.length, report.results.length);
  assert.is(data.controls.length, report.controls.length);
  assert.ok(data.results.some((r) => r.n === XSS_NAME));
  assert.ok(data.results.some((r) => r.m === XSS_MESSAGE));
  assert.ok(html.includes('<noscript>'), 'says why the page is empty without JavaScript');
});

// ------------------------------------------------------------------------------------------------ in Chromium

test(`Chromium is available at ${CHROMIUM} (CI installs the Debian package)`, async () => {
  const b = await browser();
  assert.match(b.version(), /^\d+\./);
});

test('opens from disk with no console error, no CSP violation and no network request; shows the scan', async () => {
  const o = await open(sampleReport({ baseline: true }));
  try {
    const { page } = o;
    assert.is(await page.title(), 'kubecis report: CIS Kubernetes Benchmark v1.12.0 \u2013 prod-eu');
    const header = await page.locator('header').innerText();
    assert.match(header, /CIS Kubernetes Benchmark v1\.12\.0/);
    assert.match(header, /Scanned 2026-03-14 09:26:53 UTC/);
    const scan = await page.locator('.scan-card').innerText();
    for (const s of ['prod-eu', 'v1.32.4', 'bundles/cp-1.tar.gz', 'worker-1', 'standard input', 'server version v1.32.4 maps to cis-1.12']) {
      assert.ok(scan.includes(s), `scan card shows ${s}`);
    }
    // 2 of the 9 decided controls pass in the sample; one SVG bar per section, plus the donut.
    assert.is((await page.locator('.donut-value').textContent())?.trim(), '22%');
    assert.is(await page.locator('.section-row').count(), 10);
    assert.is(await page.locator('.section-row svg.bar').count(), 10);
    const tabs = await page.locator('[role=tab]').evaluateAll((els) => els.map((e) => e.id));
    assert.equal(tabs, ['tab-controls', 'tab-findings', 'tab-manual', 'tab-frameworks', 'tab-drift', 'tab-errors']);
    assert.equal(await page.locator('[role=tab] .tab-count').allInnerTexts(), ['13', '20', '3', '2']);
    clean(o);
  } finally {
    await o.close();
  }
});

test('controls: failing first with severity, expand to see why, how to fix and the affected resources', async () => {
  const o = await open(sampleReport());
  try {
    const { page } = o;
    const ids = await page.locator('details.control summary .cid').allInnerTexts();
    assert.equal(ids, ['1.2.16', '4.2.1', '5.1.1', '5.2.2', '1.2.15', '5.2.5', '5.3.2', '4.2.4', '5.4.1', '5.6.4', '2.2', '1.1.1', '4.3.1']);
    const first = page.locator('details.control').first();
    assert.match(await first.locator('summary').innerText(), /Fail[\s\S]*API server writes an audit log[\s\S]*High/);
    const priv = page.locator('details.control[data-control="5.2.2"]');
    await priv.locator('summary').click();
    await priv.locator('.cbody tbody tr').first().waitFor();
    const body = await priv.locator('.cbody').innerText();
    assert.match(body, /Why it matters\s+A privileged container/i);
    assert.match(body, /How to fix\s+Remove privileged: true/i);
    assert.match(body, /nist-800-53 AC-6/);
    assert.match(body, /manifests\/payments\/api\.yaml:31:27/);
    assert.match(body, /node-exporter\/templates\/daemonset\.yaml\s+rendered at stdin:142:27/);
    assert.is(await priv.locator('tbody tr').count(), 4);
    await choose(page, 'f-sort', 'control');
    assert.equal((await page.locator('details.control summary .cid').allInnerTexts()).slice(0, 3), ['1.1.1', '1.2.15', '1.2.16']);
    clean(o);
  } finally {
    await o.close();
  }
});

test('filters change the visible rows: status, severity, section, namespace, node, free text, reset', async () => {
  const report = sampleReport();
  const o = await open(report);
  try {
    const { page } = o;
    await page.click('#tab-findings');
    assert.is(await rowCount(page, 'findings'), report.results.length);

    await choose(page, 'f-status', 'fail');
    assert.is(await rowCount(page, 'findings'), report.summary.fail);
    assert.is(await page.locator('#panel-findings tbody .badge.st-fail').count(), report.summary.fail);

    await choose(page, 'f-sev', 'medium');
    const mediumFails = report.results.filter((r) => r.status === 'fail' && r.severity === 'medium').length;
    assert.is(await rowCount(page, 'findings'), mediumFails);

    await page.click('#f-reset');
    assert.is(await rowCount(page, 'findings'), report.results.length);

    await choose(page, 'f-sec', '4.2');
    assert.is(await rowCount(page, 'findings'), report.results.filter((r) => r.controlId.startsWith('4.2.')).length);
    await choose(page, 'f-sec', '');

    await choose(page, 'f-ns', 'payments');
    // Resources in the namespace plus the Namespace object itself.
    assert.is(await rowCount(page, 'findings'), 3);
    await choose(page, 'f-ns', '');

    await choose(page, 'f-node', 'worker-1');
    assert.is(await rowCount(page, 'findings'), report.results.filter((r) => r.target.node === 'worker-1').length);
    await choose(page, 'f-node', '');

    await typeSearch(page, 'NODE-EXPORTER');
    assert.is(await rowCount(page, 'findings'), 2);
    assert.match(await countText(page), /^2 results of 20 match/);
    await typeSearch(page, 'rbac.yaml:9');
    assert.is(await rowCount(page, 'findings'), 1);
    await typeSearch(page, 'no such thing anywhere');
    assert.is(await rowCount(page, 'findings'), 0);
    assert.match(await page.locator('#panel-findings').innerText(), /No result matches the filters/);

    // The same filters drive the controls view: only controls with a matching result remain.
    await typeSearch(page, '');
    await page.click('#tab-controls');
    await choose(page, 'f-status', 'manual');
    assert.equal(await page.locator('details.control summary .cid').allInnerTexts(), ['4.2.4', '5.4.1', '5.6.4']);
    await choose(page, 'f-status', '');
    await typeSearch(page, 'kubelet');
    assert.equal((await page.locator('details.control summary .cid').allInnerTexts()).sort(), ['4.2.1', '4.2.4']);
    clean(o);
  } finally {
    await o.close();
  }
});

test('the XSS payload stays text: no dialog, no injected element, rendered verbatim', async () => {
  const o = await open(sampleReport());
  try {
    const { page } = o;
    await page.click('#tab-findings');
    await typeSearch(page, 'onerror');
    assert.is(await rowCount(page, 'findings'), 1);
    const name = await page.locator('#panel-findings tbody tr td.target .name').textContent();
    assert.is(name, `shop/${XSS_NAME}`);
    assert.match((await page.locator('#panel-findings tbody tr td.loc').textContent()) ?? '', /manifests\/shop\/<evil>\.yaml:20:27/);
    await typeSearch(page, '');
    await page.click('#tab-manual');
    assert.ok((await page.locator('#panel-manual').innerText()).includes(XSS_MESSAGE));
    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script').length,
      handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith('on'))).length,
    }));
    assert.equal(injected, { imgs: 0, scripts: 2, handlers: 0 });
    await page.waitForTimeout(100);
    clean(o);
  } finally {
    await o.close();
  }
});

test('optional views: manual checklist, frameworks, drift and errors render when their data is present', async () => {
  const o = await open(sampleReport({ baseline: true }));
  try {
    const { page } = o;
    await page.click('#tab-manual');
    assert.is(await page.locator('#panel-manual input[type=checkbox]').count(), 3);
    await page.locator('#panel-manual input[type=checkbox]').first().check();
    assert.match(await page.locator('#panel-manual .progress').innerText(), /^1 of 3 checks reviewed/);

    await page.click('#tab-frameworks');
    const fw = await page.locator('#panel-frameworks').innerText();
    assert.match(fw, /nist-800-53/);
    assert.match(fw, /SC-7\s+Fail/);

    await page.click('#tab-drift');
    const drift = await page.locator('#panel-drift').innerText();
    assert.match(drift, /Compared with the baseline \(scanned 2026-02-01 08:00:00 UTC, cluster prod-eu\)/);
    assert.match(drift, /New failures \(\d+\)/);
    assert.match(drift, /Resolved since the baseline \(1\)[\s\S]*shop\/legacy/);

    await page.click('#tab-findings');
    await choose(page, 'f-drift', 'absent');
    assert.is(await rowCount(page, 'findings'), 1);
    await page.click('#f-reset');

    await page.click('#tab-errors');
    const errors = await page.locator('#panel-errors').innerText();
    assert.match(errors, /manifests\/broken\.yaml\s+7\s+YAML parse error/);
    assert.match(errors, /kubelet configuration missing from bundle for node "worker-2"/);
    clean(o);
  } finally {
    await o.close();
  }

  const plain = await open(sampleReport({ noFrameworks: true }));
  try {
    const tabs = await plain.page.locator('[role=tab]').allInnerTexts();
    assert.not.ok(tabs.some((t) => /Frameworks|Drift/.test(t)), 'no empty views without the data');
    clean(plain);
  } finally {
    await plain.close();
  }
});

test('framework views from the report: framework control titles, coverage, status filter', async () => {
  const o = await open(sampleReport({ frameworkViews: true }));
  try {
    const { page } = o;
    await page.click('#tab-frameworks');
    const text = await page.locator('#panel-frameworks').innerText();
    assert.match(text, /NIST SP 800-53 Rev\. 5 · 5 mapped controls, 5 checked automatically/);
    assert.match(text, /AC-6\s+Least Privilege\s+Fail\s+Fail\s+5\.2\.2 Workloads do not run privileged containers/);
    assert.is(await page.locator('#panel-frameworks tbody tr').count(), 5);
    await choose(page, 'f-status', 'pass');
    assert.is(await page.locator('#panel-frameworks tbody tr').count(), 1);
    assert.match(await page.locator('#panel-frameworks tbody').innerText(), /SC-8/);
    clean(o);
  } finally {
    await o.close();
  }
});

test('waivers: waived results show who accepted them and until when; expired and stale waivers are listed', async () => {
  const o = await open(sampleReport({ waivers: true }));
  try {
    const { page } = o;
    const card = page.locator('details.control[data-control="5.1.1"]');
    assert.match(await card.locator('summary').innerText(), /Waived/);
    await card.locator('summary').click();
    await card.locator('tbody tr').first().waitFor();
    assert.match(
      await card.locator('tbody').innerText(),
      /Waived in waivers\.yaml:4 \(owner platform-team, until 2026-06-30\): CI needs cluster-wide deploy rights/,
    );
    await page.click('#tab-findings');
    await choose(page, 'f-status', 'waived');
    assert.is(await rowCount(page, 'findings'), 1);
    await page.click('#f-reset');
    await page.click('#tab-errors');
    const problems = await page.locator('#panel-errors').innerText();
    assert.match(problems, /Waivers that no longer apply \(2\)/);
    assert.match(problems, /CIS 5\.2\.5 · monitoring DaemonSet node-exporter\s+waivers\.yaml:11\s+node metrics need the host network\s+sre\s+2026-01-31\s+expired/);
    assert.ok(problems.includes(`old NFS mount ${XSS_NAME}`), 'a waiver reason renders as text');
    assert.is(await page.evaluate(() => document.querySelectorAll('img').length), 0);
    clean(o);
  } finally {
    await o.close();
  }
});

test('an empty report still renders', async () => {
  const o = await open({ ...sampleReport(), controls: [], results: [], errors: [], summary: summarize([]) });
  try {
    assert.match(await o.page.locator('#panel-controls').innerText(), /No control matches/);
    assert.is((await o.page.locator('.donut-value').textContent())?.trim(), '\u2013');
    clean(o);
  } finally {
    await o.close();
  }
});

test('print stylesheet: filters and tabs hidden, controls expanded with their resources', async () => {
  const o = await open(sampleReport());
  try {
    const { page } = o;
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.is(await page.locator('#filters').evaluate((e) => getComputedStyle(e).display), 'none');
    assert.is(await page.locator('.tabs').evaluate((e) => getComputedStyle(e).display), 'none');
    const open = await page.locator('details.control[open]').count();
    assert.is(open, await page.locator('details.control').count());
    assert.match(await page.locator('details.control[data-control="4.2.1"] .cbody').innerText(), /worker-1/);
    mkdirSync(SHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SHOT_DIR, 'report-print.png'), fullPage: true });
    clean(o);
  } finally {
    await o.close();
  }
});

test('20,000 findings: renders, filters and pages without freezing the page', async () => {
  const report = largeReport(20_000);
  const started = Date.now();
  const o = await open(report);
  try {
    const { page } = o;
    // A sanity bound only (a broken renderer takes minutes); never a performance assertion.
    assert.ok(Date.now() - started < 60_000, 'opened within a minute');
    assert.match(await countText(page), /13 controls of 13 · 20,000 results match/);
    await page.click('#tab-findings');
    assert.is(await rowCount(page, 'findings'), 100, 'one page of rows, not 20,000');
    assert.match(await countText(page), /^20,000 results of 20,000 match/);
    await choose(page, 'f-status', 'fail');
    const fails = report.results.filter((r) => r.status === 'fail').length;
    assert.match(await countText(page), new RegExp(`^${fails.toLocaleString('en-US')} results`));
    await page.click('.pager >> nth=0 >> text=Next');
    assert.match(await page.locator('.pager').first().innerText(), /Page 2 of/);
    await typeSearch(page, 'team-07');
    const team7 = report.results.filter((r) => r.status === 'fail' && r.target.namespace === 'team-07').length;
    assert.match(await countText(page), new RegExp(`^${team7} results`));
    await page.click('#tab-controls');
    await page.click('#f-reset');
    const big = page.locator('details.control').first();
    await big.locator('summary').click();
    await big.locator('tbody tr').nth(49).waitFor();
    assert.is(await big.locator('tbody tr').count(), 50, 'rows of a control come 50 at a time');
    await big.locator('button.more').click();
    assert.is(await big.locator('tbody tr').count(), 100);
    clean(o);
  } finally {
    await o.close();
  }
});

test('screenshots for humans (written, not compared)', async () => {
  mkdirSync(SHOT_DIR, { recursive: true });
  const o = await open(sampleReport({ baseline: true }));
  try {
    await o.page.locator('details.control').first().locator('summary').click();
    await o.page.locator('details.control .cbody tbody tr').first().waitFor();
    await o.page.screenshot({ path: join(SHOT_DIR, 'report-overview.png'), fullPage: true });
    await o.page.click('#tab-findings');
    await o.page.locator('.sticky').scrollIntoViewIfNeeded();
    await o.page.screenshot({ path: join(SHOT_DIR, 'report-findings.png') });
    clean(o);
  } finally {
    await o.close();
  }
  const narrow = await open(sampleReport(), { width: 420, height: 900 });
  try {
    await narrow.page.screenshot({ path: join(SHOT_DIR, 'report-narrow.png'), fullPage: true });
    clean(narrow);
  } finally {
    await narrow.close();
  }
  assert.ok(existsSync(join(SHOT_DIR, 'report-overview.png')));
  console.log(`  screenshots: ${SHOT_DIR}`);
});

test.after(async () => {
  if (browserPromise) await (await browserPromise.catch(() => undefined))?.close();
  rmSync(workDir, { recursive: true, force: true });
});

test.run();
