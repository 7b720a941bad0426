// The progress line of long scans on a terminal.

export interface Progress {
  /** While inputs are read. */
  update(p: { sources: number; totalSources: number; bytes: number; totalBytes: number; resources: number }): void;
  /** While rules run. */
  rules(p: { controls: number; totalControls: number; resources: number }): void;
  /** Clear the line before the report is written. */
  done(): void;
}

/**
 * Progress on stderr for long scans, only when stderr is a terminal (silent in pipes, CI and tests): one line,
 * redrawn at most four times a second, from one second into the scan; each phase has its own estimate of what is left.
 */
export function progressLine(out: { readonly isTTY?: boolean; write(s: string): unknown }, now: () => number = Date.now): Progress {
  const quiet = { update: () => undefined, rules: () => undefined, done: () => undefined };
  if (!out.isTTY) return quiet;
  const t0 = now();
  let last = 0;
  let shown = false;
  // Each phase's estimate comes from its own pace since it was first heard of: what share it had then, and now.
  let phase = { name: '', start: t0, share: 0 };
  const show = (name: string, share: number, text: string) => {
    const t = now();
    if (phase.name !== name) phase = { name, start: t, share };
    if (t - t0 < 1000 || t - last < 250) return; // short scans print nothing
    last = t;
    shown = true;
    const spent = t - phase.start;
    const gained = share - phase.share;
    const eta = gained > 0.01 && spent > 200 ? `, about ${Math.max(1, Math.ceil(((1 - share) * spent) / gained / 1000))}s left` : '';
    out.write(`\r\x1b[Kkubecis: ${text}${eta}`);
  };
  const mb = (n: number) => (n / 1e6).toFixed(1);
  return {
    update(p) {
      show('read', p.totalBytes > 0 ? p.bytes / p.totalBytes : 0, `reading ${mb(p.bytes)} of ${mb(p.totalBytes)} MB${p.totalSources > 1 ? `, ${p.sources} of ${p.totalSources} files done` : ''}`);
    },
    rules(p) {
      show('rules', p.controls / Math.max(1, p.totalControls), `evaluating ${p.controls} of ${p.totalControls} controls on ${p.resources} resources`);
    },
    done() {
      if (shown) out.write('\r\x1b[K');
    },
  };
}
