// Control ids ("4.2.10") compare segment by segment as integers, never as floats or raw strings.
const parsed = new Map<string, readonly (number | string)[]>();

function segments(id: string): readonly (number | string)[] {
  let s = parsed.get(id);
  if (!s) {
    s = id.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x));
    parsed.set(id, s);
  }
  return s;
}

export function compareControlIds(a: string, b: string): number {
  if (a === b) return 0;
  const x = segments(a);
  const y = segments(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    const p = x[i];
    const q = y[i];
    if (typeof p === 'number' && typeof q === 'number') {
      if (p !== q) return p - q;
    } else if (p !== q) {
      // Letter-prefixed segments (profile ids such as H10): the same prefix compares by its number.
      const px = /^([A-Za-z]+)(\d+)$/.exec(String(p));
      const py = /^([A-Za-z]+)(\d+)$/.exec(String(q));
      if (px && py && px[1] === py[1]) return Number(px[2]) - Number(py[2]);
      return String(p) < String(q) ? -1 : 1;
    }
  }
  return 0;
}
